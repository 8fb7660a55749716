package cx.touchpoint.base.replica;

import java.time.Duration;
import java.time.Instant;

/**
 * What the last check found about the replica.
 *
 * @param usable whether read-only dashboard transactions go to it now: reachable and at most {@code max-lag}
 *     behind
 * @param lag how far its replayed data is behind the primary (zero when it has replayed everything the primary had
 *     written when checked); null when unreachable
 * @param asOf the moment its data shows: its last replayed commit when behind, else the check's time; null when
 *     unreachable
 * @param checkedAt when this was found
 * @param words what was found, for the log ("0.4 s behind", "unreachable: Connection refused")
 */
public record ReplicaStanding(boolean usable, Duration lag, Instant asOf, Instant checkedAt, String words) {

    static ReplicaStanding notYetChecked(Instant now) {
        return new ReplicaStanding(false, null, null, now, "not checked yet");
    }

    static ReplicaStanding unreachable(Instant now, String why) {
        return new ReplicaStanding(false, null, null, now, "unreachable: " + why);
    }

    static ReplicaStanding measured(ReplicaLag.Measure measure, Duration maxLag, Instant now) {
        Duration lag = measure.behind();
        boolean usable = lag.compareTo(maxLag) <= 0;
        String words = lag.isZero()
                ? "up to date"
                : (lag.toMillis() / 1000.0) + " s behind"
                        + (usable ? "" : ", more than the " + maxLag.toSeconds() + " s allowed");
        return new ReplicaStanding(usable, lag, lag.isZero() ? now : measure.lastReplayed(), now, words);
    }

    /** The replica serves, but shows an earlier moment than now: the time a dashboard should name. */
    boolean behind() {
        return usable && lag != null && !lag.isZero();
    }
}
