package cx.touchpoint.issue;

import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open issues past their SLA due time go to the owner team's general manager (the team lead when the
 * team has none), once, with a line in the audit trail.
 */
@Service
@Transactional
@Requires(Permission.UNRESTRICTED)
public class SlaEscalation {

    private final JdbcClient jdbc;
    private final IssueRepository issues;
    private final AuditTrail audit;
    private final Clock clock;

    SlaEscalation(JdbcClient jdbc, IssueRepository issues, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.audit = audit;
        this.clock = clock;
    }

    /** Escalates open issues past their SLA to the team's general manager. Returns how many, now. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        record Due(long issueId, long managerId, String managerName, boolean generalManager, Instant slaDueAt) {}
        var due = jdbc.sql(
                        """
                select i.id as issue_id, m.id as manager_id, m.full_name as manager_name,
                t.general_manager_id is not null as general_manager, i.sla_due_at
                from issue i join team t on t.id = i.owner_team_id
                join app_user m on m.id = coalesce(t.general_manager_id, t.lead_id)
                where issue_is_open(i.status) and i.sla_due_at < :now
                and i.escalated_at is null order by i.sla_due_at, i.id for update of i skip locked
                """)
                .param("now", Timestamp.from(now))
                .query(Due.class)
                .list();
        for (Due d : due) {
            Issue issue = issues.findById(d.issueId()).orElseThrow();
            issue.escalate(d.managerId(), now);
            issues.save(issue);
            audit.recordBySystem(
                    d.issueId(),
                    now,
                    AuditLine.set(
                            AuditKind.ESCALATED,
                            d.managerName(),
                            d.generalManager()
                                    ? "Open past its SLA due time; escalated to the general manager."
                                    : "Open past its SLA due time; the team has no general manager, so its lead."));
        }
        return due.size();
    }
}
