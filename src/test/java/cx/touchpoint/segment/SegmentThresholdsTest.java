package cx.touchpoint.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@DatabaseTest
class SegmentThresholdsTest {

    @Autowired
    SegmentService service;

    @Autowired
    TestData data;

    SegmentFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new SegmentFixtures(data, "Threshold test survey");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_defaults_are_score_five_median_revenue_and_half_the_revenue_as_headroom() {
        fx.signIn("thr.reader", Role.EXECUTIVE);
        var stored = service.thresholds();

        assertThat(stored.score()).isEqualByComparingTo("5.00");
        assertThat(stored.revenue()).isNull();
        assertThat(stored.growthHeadroomRatio()).isEqualByComparingTo("0.50");
    }

    @Test
    void an_executive_changes_the_thresholds_and_the_segments_follow() {
        fx.signIn("thr.exec", Role.EXECUTIVE);
        long ae = data.user("thr.ae", Role.ACCOUNT_EXECUTIVE);
        fx.scored(fx.account("Middling", ae, "200000", "200000"), 8, Instant.parse("2026-04-20T09:00:00Z"), null, 5);
        var before = service.thresholds();

        var saved = service.saveThresholds(new SegmentThresholds(
                new BigDecimal("5.50"), new BigDecimal("150000"), new BigDecimal("1.00"), before.version()));

        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(saved.revenue()).isEqualByComparingTo("150000");
        // every settings change is in the admin audit log, with the values before and after (issue #23)
        assertThat(data.jdbc()
                        .sql("select actor_name || ': ' || action || ': ' || before || ' => ' || after from admin_audit"
                                + " where subject = 'SETTINGS' and subject_name = 'Segment thresholds'"
                                + " order by id desc limit 1")
                        .query(String.class)
                        .single())
                .startsWith("thr.exec: thresholds changed: score ")
                .endsWith(" => score 5.50 · revenue $150000 · growth headroom 100 %");
        assertThat(service.points(AccountFilter.ALL))
                .extracting(AccountPoint::segment)
                .containsExactly(Segment.AT_RISK);
    }

    @Test
    void bad_input_is_rejected_with_the_rule_and_nothing_is_stored() {
        fx.signIn("thr.exec2", Role.ADMIN);
        int version = service.thresholds().version();

        assertThatThrownBy(() -> service.saveThresholds(
                        new SegmentThresholds(new BigDecimal("7.50"), new BigDecimal("-1"), BigDecimal.ZERO, version)))
                .isInstanceOf(ThresholdChangeRejected.class)
                .hasMessageContaining("The score threshold must be between 1 and 7.")
                .hasMessageContaining("The revenue threshold cannot be negative")
                .hasMessageContaining("The growth headroom must be more than 0 %.");
        assertThat(service.thresholds().score()).isEqualByComparingTo("5.00");
        assertThat(service.thresholds().version()).isEqualTo(version);
    }

    @Test
    void a_save_over_someone_elses_change_is_refused_as_a_conflict() {
        fx.signIn("thr.exec3", Role.EXECUTIVE);
        var read = service.thresholds();
        service.saveThresholds(
                new SegmentThresholds(new BigDecimal("4.00"), null, new BigDecimal("0.50"), read.version()));

        assertThatThrownBy(() -> service.saveThresholds(
                        new SegmentThresholds(new BigDecimal("6.00"), null, new BigDecimal("0.50"), read.version())))
                .isInstanceOfSatisfying(ThresholdChangeRejected.class, e -> assertThat(e.isConflict())
                        .isTrue())
                .hasMessageContaining("Someone else changed the thresholds");
        assertThat(service.thresholds().score()).isEqualByComparingTo("4.00");
    }

    @Test
    void an_account_executive_may_not_change_the_thresholds() {
        fx.signIn("thr.ae2", Role.ACCOUNT_EXECUTIVE);
        var read = service.thresholds();

        assertThat(service.canEditThresholds()).isFalse();
        assertThatThrownBy(() -> service.saveThresholds(read)).isInstanceOf(AccessDeniedException.class);
    }
}
