package cx.touchpoint.base.replica;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/** Measures how far the replica is behind the primary. */
@FunctionalInterface
public interface ReplicaLag {

    /**
     * @param behind zero when the replica has replayed everything the primary had written; else the time since
     *     the last commit it replayed
     * @param lastReplayed that commit's time (null when nothing was replayed since the replica started)
     */
    record Measure(Duration behind, Instant lastReplayed) {}

    /** Asks both servers; throws when either cannot be reached. */
    Measure measure(DataSource primary, DataSource replica, Instant now) throws SQLException;
}
