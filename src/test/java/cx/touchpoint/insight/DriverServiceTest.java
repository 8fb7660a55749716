package cx.touchpoint.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Key drivers from the summaries (driver_month, kept by triggers) equal the Shapley decomposition of the
 * same answers computed in Java from the raw values. Clock: 2026-05-13.
 */
@DatabaseTest
class DriverServiceTest {

    private static final List<String> CUES =
            List.of("competence", "reliability", "responsiveness", "transaction_security", "trustworthiness", "access");

    @Autowired
    DriverService service;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reliability_drives_nps_and_the_summary_gives_what_the_raw_answers_give() {
        long ae = data.user("drivers.ae", Role.ACCOUNT_EXECUTIVE);
        long account = data.account("Drivers Inc", ae, new BigDecimal("500000"), new BigDecimal("600000"));
        long template = data.relationshipTemplate("Drivers survey");
        Random random = new Random(21);
        List<double[]> rows = new ArrayList<>();
        List<Double> outcome = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            int[] experienced = new int[6];
            for (int c = 0; c < 6; c++) {
                experienced[c] = 1 + random.nextInt(7);
            }
            int nps = Math.max(0, Math.min(10, (int) Math.round(1.4 * experienced[1] - 0.5 + random.nextGaussian())));
            long response = data.response(
                    template,
                    account,
                    "PRESENT",
                    nps,
                    Instant.parse("2026-03-01T10:00:00Z").plusSeconds(3600L * i),
                    "");
            for (int c = 0; c < 6; c++) {
                data.answer(response, data.itemId(template, CUES.get(c)), 4, experienced[c]);
            }
            rows.add(java.util.Arrays.stream(experienced).asDoubleStream().toArray());
            outcome.add((double) nps);
        }
        data.signIn("drivers.exec", Role.EXECUTIVE);

        DriverAnalysis analysis = service.recentDrivers(AccountFilter.ALL);

        assertThat(analysis.estimated()).isTrue();
        assertThat(analysis.n()).isEqualTo(70);
        assertThat(analysis.drivers().get(0).cue()).isEqualTo("Reliability");
        // the same answers, their moments summed in Java: cues in id order, as the summary keeps them
        Moments raw = InsightStatisticsTest.moments(
                rows.toArray(double[][]::new),
                outcome.stream().mapToDouble(Double::doubleValue).toArray());
        DriverAnalysis expected = ShapleyRegression.analyse(raw, 50, "NPS");
        assertThat(analysis.r2()).isCloseTo(expected.r2(), within(1e-9));
        for (int i = 0; i < 6; i++) {
            assertThat(analysis.drivers().get(i).importance())
                    .isCloseTo(expected.drivers().get(i).importance(), within(1e-9));
        }
        assertThat(analysis.drivers().stream()
                        .mapToDouble(DriverAnalysis.Driver::importance)
                        .sum())
                .isCloseTo(1.0, within(1e-9));

        // the score as the outcome: from the same statistics
        DriverAnalysis score = service.drivers(new DriverQuery(
                AccountFilter.ALL,
                LocalDate.parse("2025-06-01"),
                LocalDate.parse("2026-06-01"),
                true,
                DriverOutcome.SCORE));
        assertThat(score.estimated()).isTrue();
        assertThat(score.r2()).as("the score is the mean of the cues").isCloseTo(1.0, within(1e-6));

        // a period without enough responses says so, in words
        DriverAnalysis earlier = service.drivers(new DriverQuery(
                AccountFilter.ALL,
                LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-06-01"),
                true,
                DriverOutcome.NPS));
        assertThat(earlier.estimated()).isFalse();
        assertThat(earlier.message())
                .isEqualTo("Not enough responses to say: 0 complete responses, at least 50 needed.");
    }
}
