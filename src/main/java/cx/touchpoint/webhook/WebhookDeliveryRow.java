package cx.touchpoint.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a subscription's delivery log.
 *
 * @param status {@code PENDING} (waiting for its next attempt), {@code DELIVERED} (a 2xx answer) or {@code
 *     FAILED} (retries ran out after a day)
 * @param lastStatusCode the HTTP status of the last attempt; null when none answered
 */
public record WebhookDeliveryRow(
        long id,
        UUID eventId,
        String eventType,
        Instant createdAt,
        String status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant deliveredAt) {}
