package cx.touchpoint.base.replica;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * PostgreSQL streaming replication's own positions, timed by this check: every check notes the primary's flushed WAL
 * position ({@code pg_current_wal_flush_lsn()}) and when; the replica's replayed position ({@code
 * pg_last_wal_replay_lsn()}) at or past the primary's now means up to date, else the replica shows the primary as it
 * was at the latest noted moment whose position it has replayed, and its lag is the time since then. Commit
 * timestamps ({@code pg_last_xact_replay_timestamp()}) are not used: on a primary that writes WAL without commits for
 * a while (idle, or only background work) they would call an up-to-date replica minutes behind. Until a replica
 * behind has replayed a noted position its lag is the time since the oldest noted one (on the first check: unknown,
 * so not used until the next). A server that is not in recovery (a test's second connection to the primary) is up
 * to date.
 */
class WalReplayLag implements ReplicaLag {

    private static final int TIMEOUT_SECONDS = 2;
    private static final int NOTED = 200;

    private record Noted(Instant at, String position) {}

    private final Deque<Noted> noted = new ArrayDeque<>();

    @Override
    public synchronized Measure measure(DataSource primary, DataSource replica, Instant now) throws SQLException {
        String primaryPosition;
        try (var c = primary.getConnection();
                var s = c.createStatement()) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            try (var r = s.executeQuery("select pg_current_wal_flush_lsn()::text")) {
                r.next();
                primaryPosition = r.getString(1);
            }
        }
        try (var c = replica.getConnection();
                var s = c.prepareStatement(
                        """
                        select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text,
                        coalesce(pg_wal_lsn_diff(?::pg_lsn, pg_last_wal_replay_lsn()), 0) as bytes_behind
                        """)) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            s.setString(1, primaryPosition);
            try (var r = s.executeQuery()) {
                r.next();
                boolean recovering = r.getBoolean(1);
                String replayed = r.getString(2);
                double bytesBehind = r.getDouble(3);
                Instant reached = reachedMoment(replayed);
                note(now, primaryPosition);
                if (!recovering || bytesBehind <= 0) {
                    return new Measure(Duration.ZERO, now);
                }
                if (reached == null) {
                    Instant oldest = noted.peekFirst().at();
                    return new Measure(oldest.equals(now) ? Duration.ofDays(1) : Duration.between(oldest, now), oldest);
                }
                return new Measure(Duration.between(reached, now), reached);
            }
        }
    }

    /** The latest noted moment whose primary position the replica has replayed; null when none. */
    private Instant reachedMoment(String replayed) {
        if (replayed == null) {
            return null;
        }
        long replayedAt = lsn(replayed);
        Instant reached = null;
        for (Noted n : noted) {
            if (lsn(n.position()) <= replayedAt) {
                reached = n.at();
            }
        }
        return reached;
    }

    private void note(Instant now, String position) {
        noted.addLast(new Noted(now, position));
        while (noted.size() > NOTED) {
            noted.removeFirst();
        }
    }

    /** A WAL position "16/B374D848" as a number. */
    static long lsn(String position) {
        int slash = position.indexOf('/');
        return (Long.parseLong(position.substring(0, slash), 16) << 32)
                | Long.parseLong(position.substring(slash + 1), 16);
    }
}
