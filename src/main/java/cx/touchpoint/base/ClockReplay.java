package cx.touchpoint.base;

import java.time.Instant;
import java.util.function.Supplier;

/** Runs work as if the application's clock showed another moment (for replaying history). */
public interface ClockReplay {

    /** Runs {@code action} with the clock at {@code moment} for the calling thread; returns its result. */
    <T> T at(Instant moment, Supplier<T> action);
}
