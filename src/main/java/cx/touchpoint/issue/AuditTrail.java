package cx.touchpoint.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only issue_event table: every change, who made it, from and to; and the evidence behind an
 * issue. Each audit line is also published as {@link IssueChanged} in the same transaction. Lines and
 * evidence of several issues (a response raising one issue per team) are written in one JDBC batch.
 */
@Repository
class AuditTrail {

    /** Who changed an issue last and what they changed, for the conflict message. */
    record LastChange(String actorName, AuditKind kind, Instant occurredAt) {}

    /** One line of one issue; {@code actorId} is the person who made the change (null = the system). */
    record Entry(long issueId, Long actorId, AuditLine line) {}

    /** What an issue's evidence line points at: a survey response or a complaint, with an excerpt. */
    record Evidence(Long responseId, Long complaintId, String excerpt) {

        static Evidence ofResponse(long responseId, String excerpt) {
            return new Evidence(responseId, null, excerpt == null ? "" : excerpt);
        }

        static Evidence ofComplaint(long complaintId) {
            return new Evidence(null, complaintId, "");
        }
    }

    /** One evidence line of one issue. */
    record IssueEvidence(long issueId, Evidence evidence) {}

    private static final String INSERT_LINE =
            """
            insert into issue_event (issue_id, occurred_at, actor_id, kind, from_value, to_value, note)
            values (:issue, :at, :actor, :kind, :from, :to, :note)
            """;

    private static final String INSERT_EVIDENCE =
            """
            insert into issue_evidence (issue_id, response_id, complaint_id, excerpt, added_at)
            values (:issue, :response, :complaint, :excerpt, :at)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ApplicationEventPublisher events;

    AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    /** Writes a line the system wrote (SLA check, intake): no person is its actor. */
    void recordBySystem(long issueId, Instant at, AuditLine line) {
        record(issueId, null, at, line);
    }

    /** Writes one line; {@code actorId} is the person who made the change (null = the system). */
    void record(long issueId, Long actorId, Instant at, AuditLine line) {
        recordAll(List.of(new Entry(issueId, actorId, line)), at);
    }

    /** Writes the lines, all at {@code at}, in one batch, and publishes each as {@link IssueChanged}. */
    void recordAll(List<Entry> entries, Instant at) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        batch.batchUpdate(
                INSERT_LINE,
                entries.stream()
                        .map(e -> new MapSqlParameterSource()
                                .addValue("issue", e.issueId())
                                .addValue("at", when)
                                .addValue("actor", e.actorId())
                                .addValue("kind", e.line().kind().name())
                                .addValue("from", e.line().from())
                                .addValue("to", e.line().to())
                                .addValue("note", e.line().note()))
                        .toArray(SqlParameterSource[]::new));
        for (Entry e : entries) {
            AuditLine line = e.line();
            events.publishEvent(new IssueChanged(e.issueId(), line.kind(), line.from(), line.to(), line.note(), at));
        }
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

    void addEvidence(long issueId, Evidence evidence, Instant at) {
        addEvidence(List.of(new IssueEvidence(issueId, evidence)), at);
    }

    /** Adds the evidence lines, all at {@code at}, in one batch. */
    void addEvidence(List<IssueEvidence> lines, Instant at) {
        if (lines.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        batch.batchUpdate(
                INSERT_EVIDENCE,
                lines.stream()
                        .map(l -> new MapSqlParameterSource()
                                .addValue("issue", l.issueId())
                                .addValue("response", l.evidence().responseId())
                                .addValue("complaint", l.evidence().complaintId())
                                .addValue("excerpt", l.evidence().excerpt())
                                .addValue("at", when))
                        .toArray(SqlParameterSource[]::new));
    }
}
