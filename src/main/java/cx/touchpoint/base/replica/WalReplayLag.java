package cx.touchpoint.base.replica;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * PostgreSQL streaming replication's own positions: the primary's current WAL position, read first, against the
 * position the replica has replayed. At or past it the replica is up to date; before it, the lag is the time since
 * the last commit it replayed ({@code pg_last_xact_replay_timestamp()}). A primary that was idle for long and then
 * wrote reads as behind by that idle time until the next check — erring towards the primary, never towards old
 * figures. A server that is not in recovery (a test's second connection to the primary) is up to date.
 */
class WalReplayLag implements ReplicaLag {

    private static final int TIMEOUT_SECONDS = 2;

    @Override
    public Measure measure(DataSource primary, DataSource replica, Instant now) throws SQLException {
        String primaryPosition;
        try (var c = primary.getConnection();
                var s = c.createStatement()) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            try (var r = s.executeQuery("select pg_current_wal_lsn()::text")) {
                r.next();
                primaryPosition = r.getString(1);
            }
        }
        try (var c = replica.getConnection();
                var s = c.prepareStatement(
                        """
                        select pg_is_in_recovery(),
                        coalesce(pg_wal_lsn_diff(?::pg_lsn, pg_last_wal_replay_lsn()), 0) as bytes_behind,
                        pg_last_xact_replay_timestamp()
                        """)) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            s.setString(1, primaryPosition);
            try (var r = s.executeQuery()) {
                r.next();
                boolean recovering = r.getBoolean(1);
                double bytesBehind = r.getDouble(2);
                Timestamp replayed = r.getTimestamp(3);
                Instant last = replayed == null ? null : replayed.toInstant();
                if (!recovering || bytesBehind <= 0) {
                    return new Measure(Duration.ZERO, last);
                }
                Duration behind = last == null ? Duration.ofDays(1) : Duration.between(last, now);
                return new Measure(behind.isNegative() ? Duration.ofMillis(1) : behind, last);
            }
        }
    }
}
