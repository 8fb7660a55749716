package cx.touchpoint.issue;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA hours per severity ({@code sla_policy}, owned here): how long an issue has before it is overdue. The
 * admin's reference data screen reads and changes them through this service, and audits the change.
 */
@Service
@Transactional
@Requires(Permission.ADMINISTER)
public class SlaPolicy {

    private final JdbcClient jdbc;

    SlaPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hours per severity, most severe first. */
    @Transactional(readOnly = true)
    public List<SlaRow> hours() {
        return jdbc
                .sql("select severity, due_hours, version from sla_policy")
                .query((rs, n) -> new SlaRow(
                        Severity.valueOf(rs.getString("severity")), rs.getInt("due_hours"), rs.getInt("version")))
                .list()
                .stream()
                .sorted((a, b) -> b.severity().compareTo(a.severity()))
                .toList();
    }

    /**
     * Sets the hours of one severity ({@link SlaRow#HOURS_MIN} to {@link SlaRow#HOURS_MAX}); issues raised from now
     * on get the new due time. {@link InvalidInput} on field {@code dueHours} outside the range, or when someone
     * saved since {@code seenVersion}; nothing changes then.
     */
    public void change(Severity severity, int seenVersion, int dueHours) {
        if (dueHours < SlaRow.HOURS_MIN || dueHours > SlaRow.HOURS_MAX) {
            throw InvalidInput.of(
                    "dueHours", "From " + SlaRow.HOURS_MIN + " to " + SlaRow.HOURS_MAX + " hours (90 days).");
        }
        int changed = jdbc.sql(
                        """
                update sla_policy set due_hours = :hours, version = version + 1
                where severity = :severity and version = :version
                """)
                .param("hours", dueHours)
                .param("severity", severity.name())
                .param("version", seenVersion)
                .update();
        if (changed != 1) {
            throw new InvalidInput("Someone else changed this SLA meanwhile; reload to see their change.");
        }
    }
}
