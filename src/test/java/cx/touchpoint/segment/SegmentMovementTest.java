package cx.touchpoint.segment;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two hand-made waves, 2026 Q1 and Q2; thresholds score 5.00, revenue 100,000, headroom 50 %. */
@DatabaseTest
class SegmentMovementTest {

    @Autowired
    SegmentService service;

    @Autowired
    TestData data;

    SegmentFixtures fx;
    long ae;
    long q1Wave;
    long q2Wave;

    @BeforeEach
    void setUp() {
        fx = new SegmentFixtures(data, "Movement test survey");
        ae = data.user("move.ae", Role.ACCOUNT_EXECUTIVE);
        fx.thresholds("5.00", "100000", "0.50");
        fx.signIn("move.exec", Role.EXECUTIVE);
        q1Wave = fx.wave("Relationship 2026 Q1", LocalDate.of(2026, 3, 20));
        q2Wave = fx.wave("Relationship 2026 Q2", LocalDate.of(2026, 4, 10));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void why_they_moved_gives_each_cues_change_for_the_accounts_that_fell_into_at_risk() {
        for (String name : new String[] {"Falling A", "Falling B"}) {
            long falling = fx.account(name, ae, "200000", "200000");
            fx.scored(falling, 9, Instant.parse("2026-03-25T10:00:00Z"), q1Wave, 6);
            fx.scored(falling, 3, Instant.parse("2026-04-20T10:00:00Z"), q2Wave, 3);
        }
        long steady = fx.account("Steady growth", ae, "100000", "300000");
        fx.scored(steady, 9, Instant.parse("2026-03-25T10:00:00Z"), q1Wave, 6);
        fx.scored(steady, 9, Instant.parse("2026-04-25T10:00:00Z"), q2Wave, 7);
        var movement = service.movement(null, null, AccountFilter.ALL).orElseThrow();

        var why = service.whyTheyMoved(movement.from(), movement.to(), AccountFilter.ALL);

        // only the two fallen accounts: every cue 6 -> 3 on two answers each, identical answers (no variance)
        assertThat(why).hasSize(6).allSatisfy(cue -> {
            assertThat(cue.change().change()).isEqualTo(-3.0);
            assertThat(cue.change().previous().n()).isEqualTo(2);
            assertThat(cue.change().current().n()).isEqualTo(2);
            assertThat(cue.change().significance().words()).isEqualTo("too few responses to tell");
            assertThat(cue.difference()).isEqualTo(new cx.touchpoint.insight.Interval(-3.0, -3.0));
        });
    }

    @Test
    void the_matrix_counts_accounts_per_from_and_to_segment_between_the_last_two_waves() {
        for (String name : new String[] {"Falling A", "Falling B"}) {
            long falling = fx.account(name, ae, "200000", "200000");
            fx.scored(falling, 9, Instant.parse("2026-03-25T10:00:00Z"), q1Wave, 6);
            // answered after the quarter turned, but it is the Q1 wave's response: still Q1
            fx.scored(falling, 3, Instant.parse("2026-04-02T10:00:00Z"), q1Wave, 6);
            fx.scored(falling, 3, Instant.parse("2026-04-20T10:00:00Z"), q2Wave, 3);
        }
        long steady = fx.account("Steady growth", ae, "100000", "300000");
        fx.scored(steady, 9, Instant.parse("2026-03-25T10:00:00Z"), q1Wave, 6);
        fx.scored(steady, 9, Instant.parse("2026-04-25T10:00:00Z"), null, 7);
        long newcomer = fx.account("Newcomer", ae, "50000", "50000");
        fx.scored(newcomer, 4, Instant.parse("2026-05-01T10:00:00Z"), q2Wave, 2);
        long silent = fx.account("Silent since Q1", ae, "50000", "50000");
        fx.scored(silent, 4, Instant.parse("2026-03-22T10:00:00Z"), q1Wave, 3);
        fx.account("Never surveyed", ae, "50000", "50000");

        var movement = service.movement(null, null, AccountFilter.ALL).orElseThrow();

        assertThat(movement.from().label()).isEqualTo("Relationship 2026 Q1 (2026 Q1)");
        assertThat(movement.to().quarterStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(movement.count(Segment.MODEL, Segment.AT_RISK)).isEqualTo(2);
        assertThat(movement.count(Segment.GROWTH, Segment.GROWTH)).isEqualTo(1);
        assertThat(movement.count(Segment.UNSCORED, Segment.DANGLING)).isEqualTo(1);
        assertThat(movement.count(Segment.DANGLING, Segment.DANGLING)).isEqualTo(1);
        assertThat(movement.count(Segment.UNSCORED, Segment.UNSCORED)).isEqualTo(1);
        assertThat(movement.total()).isEqualTo(6);
        assertThat(movement.moved()).isEqualTo(3);
        assertThat(service.movement(null, null, new AccountFilter(null, null, null, -1L)))
                .hasValueSatisfying(m -> assertThat(m.total()).isZero());
    }

    @Test
    void there_is_no_movement_before_a_second_wave() {
        long account = fx.account("Only once", ae, "200000", "200000");
        fx.scored(account, 9, Instant.parse("2026-03-25T10:00:00Z"), q1Wave, 6);

        assertThat(service.waves()).hasSize(1);
        assertThat(service.movement(null, null, AccountFilter.ALL)).isEmpty();
    }
}
