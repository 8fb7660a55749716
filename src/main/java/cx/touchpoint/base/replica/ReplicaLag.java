package cx.touchpoint.base.replica;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/** Measures how far the replica is behind the primary. */
@FunctionalInterface
public interface ReplicaLag {

    /**
     * @param behind zero when the replica has replayed everything the primary had written; else how long ago the
     *     primary was at the latest position the replica has replayed
     * @param lastReplayed that moment: what the replica's data shows
     */
    record Measure(Duration behind, Instant lastReplayed) {}

    /** Asks both servers; throws when either cannot be reached. */
    Measure measure(DataSource primary, DataSource replica, Instant now) throws SQLException;
}
