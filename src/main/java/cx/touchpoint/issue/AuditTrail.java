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
    record LastChange(String actorName, AuditKind kind, Instant occurredAt) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AuditTrail(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Writes a line the system wrote (SLA check, intake): no person is its actor. */
    void recordBySystem(long issueId, Instant at, AuditLine line) {
        record(issueId, null, at, line);
    }

    /** Writes one line; {@code actorId} is the person who made the change (null = the system). */
    void record(long issueId, Long actorId, Instant at, AuditLine line) {
        jdbc.sql(
                        """
                insert into issue_event (issue_id, occurred_at, actor_id, kind, from_value, to_value, note)
                values (:issue, :at, :actor, :kind, :from, :to, :note)
                """)
                .param("issue", issueId)
                .param("at", Timestamp.from(at))
                .param("actor", actorId)
                .param("kind", line.kind().name())
                .param("from", line.from())
                .param("to", line.to())
                .param("note", line.note())
                .update();
        events.publishEvent(new IssueChanged(issueId, line.kind(), line.from(), line.to(), line.note(), at));
    }

    Optional<LastChange> lastChange(long issueId) {
        return jdbc.sql(
                        """
                select u.full_name as actor_name, e.kind, e.occurred_at from issue_event e
                left join app_user u on u.id = e.actor_id where e.issue_id = :id
                order by e.occurred_at desc, e.id desc limit 1
                """)
                .param("id", issueId)
                .query(LastChange.class)
                .optional();
    }

    /** What an issue's evidence line points at: a survey response or a complaint, with an excerpt. */
    record Evidence(Long responseId, Long complaintId, String excerpt) {

        static Evidence ofResponse(long responseId, String excerpt) {
            return new Evidence(responseId, null, excerpt == null ? "" : excerpt);
        }

        static Evidence ofComplaint(long complaintId) {
            return new Evidence(null, complaintId, "");
        }
    }

    void addEvidence(long issueId, Evidence evidence, Instant at) {
        jdbc.sql(
                        """
                insert into issue_evidence (issue_id, response_id, complaint_id, excerpt, added_at)
                values (:issue, :response, :complaint, :excerpt, :at)
                """)
                .param("issue", issueId)
                .param("response", evidence.responseId())
                .param("complaint", evidence.complaintId())
                .param("excerpt", evidence.excerpt())
                .param("at", Timestamp.from(at))
                .update();
    }
}
