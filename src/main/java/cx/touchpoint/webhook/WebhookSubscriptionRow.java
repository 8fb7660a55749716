package cx.touchpoint.webhook;

import java.time.Instant;
import java.util.List;

/** A subscription as the admin view lists it (never with its secret), with its deliveries counted. */
public record WebhookSubscriptionRow(
        long id,
        String name,
        String targetUrl,
        List<String> events,
        boolean enabled,
        Instant createdAt,
        long pending,
        long delivered,
        long failed) {}
