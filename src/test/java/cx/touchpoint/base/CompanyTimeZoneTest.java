package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.account.AccountDetail;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapFixtures;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.gap.GapTrendPoint;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.home.NpsPoint;
import cx.touchpoint.review.ReviewService;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.SegmentService;
import cx.touchpoint.segment.SurveyWave;
import cx.touchpoint.summary.Summaries;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One company time zone cuts every quarter: a response at 23:30 on 31 March in New York is a Q1
 * response on Home, the review, the gap trend, the segment waves and the account page, and a Q2
 * response for a company in Berlin (where it is already 1 April). The zone is switched the way a
 * pool connection gets it, with {@code set time zone}, and on the clock.
 */
@DatabaseTest
class CompanyTimeZoneTest {

    /** 31 March 2019, 23:30 in New York (EDT): 1 April 03:30 UTC, 05:30 in Berlin. */
    static final Instant LATE_ON_31_MARCH_IN_NEW_YORK = Instant.parse("2019-04-01T03:30:00Z");

    static final LocalDate Q1 = LocalDate.of(2019, 1, 1);
    static final LocalDate Q2 = LocalDate.of(2019, 4, 1);

    @Autowired
    HomeService home;

    @Autowired
    ReviewService review;

    @Autowired
    GapService gaps;

    @Autowired
    SegmentService segments;

    @Autowired
    AccountService accounts;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    Summaries summaries;

    long account;
    long template;

    @BeforeEach
    void setUp() {
        // mid-May 2019: Q1 and Q2 are both within every trend window, and no other test's data is
        clock.set(Instant.parse("2019-05-15T12:00:00Z"));
        long executive = data.user("tz.exec", Role.EXECUTIVE);
        GapFixtures.signIn(executive, Role.EXECUTIVE, null);
        long owner = data.user("tz.ae", Role.ACCOUNT_EXECUTIVE);
        account = data.account("Late Night Logistics", owner, new BigDecimal("500000"), new BigDecimal("600000"));
        template = data.relationshipTemplate("Time zone test");
    }

    /** The response arrives while the company runs in its zone (summaries are cut when it is stored). */
    void respondLateOn31MarchInNewYork() {
        data.relationshipResponse(template, account, 10, LATE_ON_31_MARCH_IN_NEW_YORK, 5, 6);
    }

    @AfterEach
    void tearDown() {
        clock.set(TestClockConfig.START);
        clock.setZone(ZoneId.of("UTC"));
        GapFixtures.signOut();
    }

    @Test
    void in_new_york_the_response_is_in_the_first_quarter_everywhere() {
        companyIn("America/New_York");
        respondLateOn31MarchInNewYork();

        assertThat(quartersEverywhere()).containsOnly(Q1);
    }

    @Test
    void in_berlin_the_same_response_is_in_the_second_quarter_everywhere() {
        companyIn("Europe/Berlin");
        respondLateOn31MarchInNewYork();

        assertThat(quartersEverywhere()).containsOnly(Q2);
    }

    @Test
    void the_sql_functions_cut_at_the_company_midnight() {
        companyIn("America/New_York");
        assertThat(sqlDate("company_quarter")).isEqualTo(Q1);
        assertThat(sqlDate("company_month")).isEqualTo(LocalDate.of(2019, 3, 1));

        companyIn("Europe/Berlin");
        assertThat(sqlDate("company_quarter")).isEqualTo(Q2);
        assertThat(sqlDate("company_month")).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    /** The quarter the response counts in, as each screen's service reports it (one entry per screen). */
    List<LocalDate> quartersEverywhere() {
        LocalDate homeQuarter =
                only(home.npsTrend().stream().map(NpsPoint::quarterStart).toList(), "home");
        LocalDate reviewQuarter =
                only(review.npsTrend().stream().map(NpsPoint::quarterStart).toList(), "review");
        LocalDate gapQuarter = only(
                gaps.satisfactionTrend(GapFilter.DEFAULT).stream()
                        .filter(point -> point.cueId() == null)
                        .map(GapTrendPoint::quarterStart)
                        .toList(),
                "gap trend");
        LocalDate wave = only(
                segments.waves().stream()
                        .map(SurveyWave::quarterStart)
                        .filter(q -> q.getYear() == 2019)
                        .toList(),
                "segment waves");
        AccountDetail detail = accounts.detail(account).orElseThrow();
        LocalDate accountNps = only(
                detail.npsTrend().stream()
                        .filter(cx.touchpoint.insight.TrendPoint::hasAnswers)
                        .map(cx.touchpoint.insight.TrendPoint::periodStart)
                        .toList(),
                "account NPS trend");
        LocalDate accountSegment = only(
                detail.segmentHistory().stream()
                        .map(AccountDetail.WaveSegment::quarterStart)
                        .toList(),
                "account segment history");
        return List.of(homeQuarter, reviewQuarter, gapQuarter, wave, accountNps, accountSegment);
    }

    void companyIn(String zone) {
        data.jdbc().sql("set local time zone '" + zone + "'").update();
        clock.setZone(ZoneId.of(zone));
        // the summaries cut months in the zone in force when they were written: a company that
        // changes its time zone rebuilds them (README, "Summaries")
        summaries.rebuildAll();
    }

    LocalDate sqlDate(String function) {
        return data.jdbc()
                .sql("select " + function + "(cast(:t as timestamptz))")
                .param("t", java.sql.Timestamp.from(LATE_ON_31_MARCH_IN_NEW_YORK))
                .query(LocalDate.class)
                .single();
    }

    static LocalDate only(List<LocalDate> quarters, String where) {
        assertThat(quarters).as(where).hasSize(1);
        return quarters.get(0);
    }
}
