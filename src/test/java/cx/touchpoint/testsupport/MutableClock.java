package cx.touchpoint.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests set and advance, injected in place of the system clock (see {@link TestClockConfig}). */
public class MutableClock extends Clock {

    private volatile Instant now;
    private volatile ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.now = instant;
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
