package cx.touchpoint.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only issue_event table: every change, who made it, from and to. Each line is also published
 * as {@link IssueChanged} in the same transaction.
 */
@Repository
class AuditTrail {

    /** Who changed an issue last and what they changed, for the conflict message. */
    record LastChange(String actorName, String kind, Instant occurredAt) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AuditTrail(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void record(long issueId, Long actorId, Instant at, String kind, String from, String to, String note) {
        jdbc.sql(
                        """
                insert into issue_event (issue_id, occurred_at, actor_id, kind, from_value, to_value, note)
                values (:issue, :at, :actor, :kind, :from, :to, :note)
                """)
                .param("issue", issueId)
                .param("at", Timestamp.from(at))
                .param("actor", actorId)
                .param("kind", kind)
                .param("from", from)
                .param("to", to)
                .param("note", note == null ? "" : note)
                .update();
        events.publishEvent(new IssueChanged(issueId, kind, from, to, note == null ? "" : note, at));
    }

    Optional<LastChange> lastChange(long issueId) {
        return jdbc.sql(
                        """
                select u.full_name as actor_name, e.kind, e.occurred_at from issue_event e
                left join user_directory u on u.id = e.actor_id where e.issue_id = :id
                order by e.occurred_at desc, e.id desc limit 1
                """)
                .param("id", issueId)
                .query(LastChange.class)
                .optional();
    }

    void addEvidence(long issueId, Long responseId, Long complaintId, String excerpt, Instant at) {
        jdbc.sql(
                        """
                insert into issue_evidence (issue_id, response_id, complaint_id, excerpt, added_at)
                values (:issue, :response, :complaint, :excerpt, :at)
                """)
                .param("issue", issueId)
                .param("response", responseId)
                .param("complaint", complaintId)
                .param("excerpt", excerpt == null ? "" : excerpt)
                .param("at", Timestamp.from(at))
                .update();
    }
}
