package cx.touchpoint.testsupport;

import cx.touchpoint.base.ClockReplay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/** A clock tests set and advance, injected in place of the system clock (see {@link TestClockConfig}). */
public class MutableClock extends Clock implements ClockReplay {

    private volatile Instant now;
    private volatile ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    /** Sets the clock to {@code moment} for the action and back afterwards (tests run on one thread). */
    @Override
    public <T> T at(Instant moment, Supplier<T> action) {
        Instant before = now;
        now = moment;
        try {
            return action.get();
        } finally {
            now = before;
        }
    }

    /** Moves the clock to another zone, as a company in that zone would see the same instant. */
    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
