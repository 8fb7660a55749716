package cx.touchpoint.webhook;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a webhook body tells about a response or an issue, read in the transaction that changed it. Field
 * names are the REST API's ({@code accountExternalId}, {@code touchPoint} by code, ...); times are ISO-8601
 * instants, as the app's JSON writes them.
 */
@Repository
class EventFacts {

    /** A recorded survey response, as the {@code response.recorded} event carries it. */
    record ResponseFacts(
            long responseId,
            String accountExternalId,
            String accountName,
            String contactEmail,
            String pattern,
            String channel,
            String touchPoint,
            Integer nps,
            String comment,
            Instant submittedAt) {}

    /** An issue as the {@code issue.*} events carry it. */
    record IssueFacts(
            long issueId,
            String title,
            String source,
            String status,
            String severity,
            String team,
            String assignee,
            String accountExternalId,
            String accountName,
            Instant createdAt,
            Instant slaDueAt) {}

    private final JdbcClient jdbc;

    EventFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ResponseFacts> response(long responseId) {
        return jdbc.sql(
                        """
                select r.id as response_id, a.external_id as account_external_id, a.name as account_name,
                c.email as contact_email, r.pattern, r.channel, tp.code as touch_point, r.nps, r.comment,
                r.responded_at as submitted_at from response_facts r
                join account_facts a on a.id = r.account_id left join contact_facts c on c.id = r.contact_id
                left join touch_point tp on tp.id = r.touch_point_id where r.id = :id
                """)
                .param("id", responseId)
                .query(ResponseFacts.class)
                .optional();
    }

    Optional<IssueFacts> issue(long issueId) {
        return jdbc.sql(
                        """
                select i.id as issue_id, i.title, i.source, i.status, i.severity, t.name as team,
                u.username as assignee, a.external_id as account_external_id, a.name as account_name,
                i.created_at, i.sla_due_at from issue_facts i
                join account_facts a on a.id = i.account_id join team_directory t on t.id = i.owner_team_id
                left join user_directory u on u.id = i.assignee_id where i.id = :id
                """)
                .param("id", issueId)
                .query(IssueFacts.class)
                .optional();
    }
}
