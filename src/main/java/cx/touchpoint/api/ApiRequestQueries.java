package cx.touchpoint.api;

import java.sql.Timestamp;
import java.time.Duration;
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

    /** A key as first used: the response it stored and the SHA-256 of that request (null for keys before V215). */
    record UsedKey(long responseId, String requestHash) {}

    /**
     * Claims the key for the current transaction by inserting its row: true when this call inserted it. While
     * another transaction holds an uncommitted row for the same key, this waits for it (the primary key is
     * the lock), at most {@code wait}; then it returns false once the other committed, or throws {@link
     * org.springframework.dao.PessimisticLockingFailureException} when the wait ran out.
     */
    boolean claimKey(long userId, String key, String requestHash, Instant at, Duration wait) {
        String before = jdbc.sql("select current_setting('lock_timeout')")
                .query(String.class)
                .single();
        jdbc.sql("select set_config('lock_timeout', :t, true)")
                .param("t", wait.toMillis() + "ms")
                .query(String.class)
                .single();
        int inserted = jdbc.sql(
                        """
                insert into api_idempotency_key (user_id, key, request_hash, created_at) values (:u, :k, :h, :at)
                on conflict (user_id, key) do nothing
                """)
                .param("u", userId)
                .param("k", key)
                .param("h", requestHash)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("select set_config('lock_timeout', :t, true)")
                .param("t", before)
                .query(String.class)
                .single();
        return inserted == 1;
    }

    /** The committed use of the key, if any. */
    Optional<UsedKey> usedKey(long userId, String key) {
        return jdbc.sql(
                        """
                select response_id, request_hash from api_idempotency_key
                where user_id = :u and key = :k and response_id is not null
                """)
                .param("u", userId)
                .param("k", key)
                .query(UsedKey.class)
                .optional();
    }

    /** Records which response the claimed key stored (in the transaction that claimed it). */
    void completeKey(long userId, String key, long responseId) {
        jdbc.sql("update api_idempotency_key set response_id = :r where user_id = :u and key = :k")
                .param("u", userId)
                .param("k", key)
                .param("r", responseId)
                .update();
    }

    List<Long> issuesOf(long responseId) {
        return jdbc.sql("select distinct issue_id from issue_evidence_facts where response_id = :r order by issue_id")
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
