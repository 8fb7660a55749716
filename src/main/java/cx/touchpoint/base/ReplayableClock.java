package cx.touchpoint.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock, which one thread may set to a moment in the past while it replays
 * history through the services (the demo company's last months: responses recorded, issues raised,
 * triaged and resolved at the times they happened). Other threads, and the replaying thread outside
 * {@link #at}, read the system clock.
 */
public class ReplayableClock extends Clock implements ClockReplay {

    private final Clock system;
    private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

    public ReplayableClock(Clock system) {
        this.system = system;
    }

    @Override
    public <T> T at(Instant moment, Supplier<T> action) {
        Instant before = replayed.get();
        replayed.set(moment);
        try {
            return action.get();
        } finally {
            if (before == null) {
                replayed.remove();
            } else {
                replayed.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant moment = replayed.get();
        return moment != null ? moment : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayableClock(system.withZone(zone));
    }
}
