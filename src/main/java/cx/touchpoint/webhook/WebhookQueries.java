package cx.touchpoint.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook_subscription and webhook_delivery (outbox) tables. */
@Repository
class WebhookQueries {

    /** A delivery the sender claimed, with what it needs to send it. */
    record Due(
            long id,
            UUID eventId,
            String eventType,
            String payload,
            String targetUrl,
            String secret,
            int attempts,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    WebhookQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ subscriptions

    long insertSubscription(NewSubscription s, String secret, Instant now, Long createdBy) {
        return jdbc.sql(
                        """
                insert into webhook_subscription (name, target_url, secret, events, created_at, created_by)
                values (:n, :u, :s, string_to_array(:e, ','), :at, :by) returning id
                """)
                .param("n", s.name().strip())
                .param("u", s.targetUrl().strip())
                .param("s", secret)
                .param(
                        "e",
                        String.join(
                                ",",
                                s.events().stream()
                                        .sorted()
                                        .map(WebhookEvent::wireName)
                                        .toList()))
                .param("at", Timestamp.from(now))
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from webhook_subscription where lower(name) = lower(:n))")
                .param("n", name.strip())
                .query(Boolean.class)
                .single();
    }

    java.util.Optional<String> name(long id) {
        return jdbc.sql("select name from webhook_subscription where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    int delete(long id) {
        return jdbc.sql("delete from webhook_subscription where id = :id")
                .param("id", id)
                .update();
    }

    int setEnabled(long id, boolean enabled) {
        return jdbc.sql("update webhook_subscription set enabled = :on, version = version + 1 where id = :id")
                .param("on", enabled)
                .param("id", id)
                .update();
    }

    List<WebhookSubscriptionRow> subscriptions(int offset, int limit) {
        return jdbc.sql(
                        """
                select s.id, s.name, s.target_url, s.events, s.enabled, s.created_at,
                count(d.id) filter (where d.status = 'PENDING') as pending,
                count(d.id) filter (where d.status = 'DELIVERED') as delivered,
                count(d.id) filter (where d.status = 'FAILED') as failed
                from webhook_subscription s left join webhook_delivery d on d.subscription_id = s.id
                group by s.id order by lower(s.name), s.id offset :o limit :l
                """)
                .param("o", offset)
                .param("l", limit)
                .query((rs, n) -> new WebhookSubscriptionRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("target_url"),
                        strings(rs.getArray("events")),
                        rs.getBoolean("enabled"),
                        instant(rs, "created_at"),
                        rs.getLong("pending"),
                        rs.getLong("delivered"),
                        rs.getLong("failed")))
                .list();
    }

    /** The enabled subscriptions to an event. */
    List<Long> subscribersOf(WebhookEvent event) {
        return jdbc.sql("select id from webhook_subscription where enabled and :t = any(events) order by id")
                .param("t", event.wireName())
                .query(Long.class)
                .list();
    }

    // ------------------------------------------------------------------ deliveries

    void insertDelivery(long subscriptionId, UUID eventId, WebhookEvent event, String payload, Instant now) {
        jdbc.sql(
                        """
                insert into webhook_delivery (subscription_id, event_id, event_type, payload, created_at,
                next_attempt_at) values (:s, :e, :t, :p, :at, :at)
                """)
                .param("s", subscriptionId)
                .param("e", eventId)
                .param("t", event.wireName())
                .param("p", payload)
                .param("at", Timestamp.from(now))
                .update();
    }

    List<WebhookDeliveryRow> deliveries(long subscriptionId, int offset, int limit) {
        return jdbc.sql(
                        """
                select id, event_id, event_type, created_at, status, attempts, last_status_code, last_error,
                last_attempt_at, next_attempt_at, delivered_at from webhook_delivery
                where subscription_id = :s order by created_at desc, id desc offset :o limit :l
                """)
                .param("s", subscriptionId)
                .param("o", offset)
                .param("l", limit)
                .query((rs, n) -> new WebhookDeliveryRow(
                        rs.getLong("id"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"),
                        instant(rs, "created_at"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        (Integer) rs.getObject("last_status_code"),
                        rs.getString("last_error"),
                        instant(rs, "last_attempt_at"),
                        instant(rs, "next_attempt_at"),
                        instant(rs, "delivered_at")))
                .list();
    }

    /**
     * Claims up to {@code limit} due deliveries of enabled subscriptions by moving their next attempt to
     * {@code leaseUntil}: another sender skips them, and if this one dies mid-send they are due again then.
     */
    List<Due> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql(
                        """
                with due as (select d.id from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now and s.enabled
                order by d.next_attempt_at, d.id limit :l for update of d skip locked)
                update webhook_delivery d set next_attempt_at = :lease from due, webhook_subscription s
                where d.id = due.id and s.id = d.subscription_id
                returning d.id, d.event_id, d.event_type, d.payload, s.target_url, s.secret, d.attempts,
                d.created_at
                """)
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("l", limit)
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"),
                        rs.getString("payload"),
                        rs.getString("target_url"),
                        rs.getString("secret"),
                        rs.getInt("attempts"),
                        instant(rs, "created_at")))
                .list();
    }

    void delivered(long id, int attempts, int statusCode, Instant at) {
        jdbc.sql(
                        """
                update webhook_delivery set status = 'DELIVERED', attempts = :n, last_status_code = :c,
                last_error = '', last_attempt_at = :at, delivered_at = :at, next_attempt_at = null
                where id = :id
                """)
                .param("n", attempts)
                .param("c", statusCode)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** A failed attempt: due again at {@code next}, or FAILED for good when {@code next} is null. */
    void attemptFailed(long id, int attempts, Integer statusCode, String error, Instant at, Instant next) {
        jdbc.sql(
                        """
                update webhook_delivery set status = :st, attempts = :n, last_status_code = :c, last_error = :e,
                last_attempt_at = :at, next_attempt_at = :next where id = :id
                """)
                .param("st", next == null ? "FAILED" : "PENDING")
                .param("n", attempts)
                .param("c", statusCode)
                .param("e", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("at", Timestamp.from(at))
                .param("next", next == null ? null : Timestamp.from(next))
                .param("id", id)
                .update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
