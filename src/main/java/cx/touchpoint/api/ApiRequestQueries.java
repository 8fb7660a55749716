package cx.touchpoint.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys and touch-point events of the API. */
@Repository
class ApiRequestQueries {

    private final JdbcClient jdbc;

    ApiRequestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> keyedResponse(long userId, String key) {
        return jdbc.sql("select response_id from api_idempotency_key where user_id = :u and key = :k")
                .param("u", userId)
                .param("k", key)
                .query(Long.class)
                .optional();
    }

    void rememberKey(long userId, String key, long responseId, Instant at) {
        jdbc.sql("insert into api_idempotency_key (user_id, key, response_id, created_at) values (:u, :k, :r, :at)")
                .param("u", userId)
                .param("k", key)
                .param("r", responseId)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Long> issuesOf(long responseId) {
        return jdbc.sql("select distinct issue_id from issue_evidence where response_id = :r order by issue_id")
                .param("r", responseId)
                .query(Long.class)
                .list();
    }

    void eventOutcome(long eventId, Long invitationId, String outcome, String note) {
        jdbc.sql(
                        """
                update touch_point_event set invitation_id = :i, trigger_outcome = :o, trigger_note = :n
                where id = :id
                """)
                .param("i", invitationId)
                .param("o", outcome)
                .param("n", note == null ? "" : note)
                .param("id", eventId)
                .update();
    }

    long insertEvent(long accountId, Long contactId, long touchPointId, Instant at, Instant received, long userId) {
        return jdbc.sql(
                        """
                insert into touch_point_event (account_id, contact_id, touch_point_id, occurred_at,
                received_at, received_by) values (:a, :c, :t, :at, :r, :u) returning id
                """)
                .param("a", accountId)
                .param("c", contactId)
                .param("t", touchPointId)
                .param("at", Timestamp.from(at))
                .param("r", Timestamp.from(received))
                .param("u", userId)
                .query(Long.class)
                .single();
    }
}
