package cx.touchpoint.theme;

import java.time.Instant;

/** A "Find new themes" run: RUNNING, DONE or FAILED, its step and percent, and what it found. */
public record ThemeRunProgress(
        long id,
        Instant startedAt,
        Instant finishedAt,
        String state,
        String step,
        int percent,
        int comments,
        int candidates,
        String requestedBy,
        String error) {

    public boolean running() {
        return "RUNNING".equals(state);
    }
}
