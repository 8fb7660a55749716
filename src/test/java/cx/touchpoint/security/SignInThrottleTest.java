package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-13T10:00:00Z"), ZoneId.of("UTC"));
    private final SignInThrottle throttle = new SignInThrottle(5, 15, clock);

    @Test
    void five_failures_within_fifteen_minutes_lock_the_username_for_fifteen_minutes_after_the_last() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("erin", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(throttle.locked("erin", "10.0.0.9")).isFalse();
        throttle.failed("erin", "10.0.0.5");

        assertThat(throttle.locked("erin", "10.0.0.9")).isTrue();
        assertThat(throttle.lockedUntil("ERIN")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.locked("erin", null)).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.locked("erin", null)).isFalse();
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("erin", null);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.locked("erin", null)).isFalse();
    }

    @Test
    void one_address_guessing_many_usernames_is_locked_too() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess" + i, "203.0.113.7");
        }
        assertThat(throttle.locked("someone.else", "203.0.113.7")).isTrue();
        assertThat(throttle.locked("someone.else", "203.0.113.8")).isFalse();
    }

    @Test
    void an_unknown_username_is_counted_like_a_real_one_and_an_admin_unlock_lifts_the_lock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("nobody.here", null);
        }
        assertThat(throttle.locked("nobody.here", null)).isTrue();
        throttle.unlock("nobody.here");
        assertThat(throttle.locked("nobody.here", null)).isFalse();
    }

    @Test
    void locked_until_is_the_later_of_the_username_and_the_address_lock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("erin", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(3));
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess" + i, "10.0.0.2");
        }
        Instant addressUntil = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("erin", "10.0.0.2")).contains(addressUntil);
        assertThat(throttle.lockedUntil("erin", "10.0.0.9")).contains(addressUntil.minus(Duration.ofMinutes(3)));
        assertThat(throttle.lockedUntil("nobody", "10.0.0.9")).isEmpty();
    }
}
