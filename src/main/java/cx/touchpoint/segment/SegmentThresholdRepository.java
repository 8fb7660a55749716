package cx.touchpoint.segment;

import java.time.Instant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single {@code segment_threshold} row, saved with an optimistic-locking version check. */
@Repository
class SegmentThresholdRepository {

    private final JdbcClient jdbc;

    SegmentThresholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SegmentThresholds load() {
        return jdbc.sql(
                        """
                select score_threshold as score, revenue_threshold as revenue, growth_headroom_ratio, version
                from segment_threshold where id = 1
                """)
                .query(SegmentThresholds.class)
                .single();
    }

    /** Saves the thresholds if nobody changed them since {@code thresholds.version()} was read. */
    SegmentThresholds save(SegmentThresholds thresholds, long userId, Instant now) {
        int updated = jdbc.sql(
                        """
                update segment_threshold set score_threshold = :score, revenue_threshold = :revenue,
                growth_headroom_ratio = :ratio, updated_at = :now, updated_by = :user,
                version = version + 1 where id = 1 and version = :version
                """)
                .param("score", thresholds.score())
                .param("revenue", thresholds.revenue())
                .param("ratio", thresholds.growthHeadroomRatio())
                .param("now", java.sql.Timestamp.from(now))
                .param("user", userId)
                .param("version", thresholds.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "segment_threshold changed since version " + thresholds.version());
        }
        return load();
    }
}
