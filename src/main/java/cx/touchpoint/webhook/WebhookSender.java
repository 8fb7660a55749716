package cx.touchpoint.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due deliveries after their transaction committed: a JSON POST signed with {@link
 * WebhookSignature}. A 2xx answer delivers it; anything else (another status, a timeout, a refused
 * connection) is retried with exponential backoff, 1 minute doubling up to 4 hours, for one day after the
 * event; then the delivery is {@code FAILED}. Redirects are not followed. Each delivery is claimed with a
 * short lease in its own transaction, so no database lock is held while waiting for the target, and a
 * sender that dies mid-send leaves the delivery due again when the lease ends (at least once delivery:
 * receivers de-duplicate by the event id).
 */
@Component
class WebhookSender {

    /** The header naming the event type, e.g. {@code issue.created}. */
    static final String EVENT_HEADER = "X-Touchpoint-Event";
    /** The header with the event id (a UUID, the same on every retry and for every subscriber). */
    static final String EVENT_ID_HEADER = "X-Touchpoint-Event-Id";
    /** The header with the time of this attempt, in Unix seconds. */
    static final String TIMESTAMP_HEADER = "X-Touchpoint-Timestamp";

    static final Duration RETRY_WINDOW = Duration.ofDays(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(4);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LEASE = TIMEOUT.multipliedBy(3);
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookQueries queries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final HttpClient http;
    private final boolean enabled;

    WebhookSender(
            WebhookQueries queries,
            TransactionTemplate tx,
            Clock clock,
            @Value("${touchpoint.webhooks.enabled:true}") boolean enabled) {
        this.queries = queries;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(fixedDelayString = "${touchpoint.webhooks.send-delay:PT5S}", initialDelayString = "PT10S")
    void scheduled() {
        if (enabled) {
            sendDue();
        }
    }

    /** Sends every delivery that is due now, batch after batch; returns how many were delivered. */
    int sendDue() {
        int delivered = 0;
        List<WebhookQueries.Due> due;
        do {
            Instant now = clock.instant();
            due = tx.execute(status -> queries.claimDue(now, now.plus(LEASE), BATCH));
            for (var delivery : due) {
                if (send(delivery)) {
                    delivered++;
                }
            }
        } while (due.size() == BATCH);
        return delivered;
    }

    private boolean send(WebhookQueries.Due d) {
        int attempts = d.attempts() + 1;
        Instant at = clock.instant();
        Integer statusCode = null;
        String error;
        try {
            var request = HttpRequest.newBuilder(URI.create(d.targetUrl()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Touchpoint-Webhooks/1")
                    .header(EVENT_HEADER, d.eventType())
                    .header(EVENT_ID_HEADER, d.eventId().toString())
                    .header(TIMESTAMP_HEADER, Long.toString(at.getEpochSecond()))
                    .header(WebhookSignature.HEADER, WebhookSignature.of(d.secret(), d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            statusCode = response.statusCode();
            if (statusCode / 100 == 2) {
                tx.executeWithoutResult(status -> queries.delivered(d.id(), attempts, response.statusCode(), at));
                return true;
            }
            error = "HTTP " + statusCode;
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        Instant next = nextAttempt(d.createdAt(), at, attempts);
        log.warn("Webhook delivery #{} to {} failed (attempt {}): {}", d.id(), d.targetUrl(), attempts, error);
        Integer code = statusCode;
        String why = error;
        tx.executeWithoutResult(status -> queries.attemptFailed(d.id(), attempts, code, why, at, next));
        return false;
    }

    /** When to try again after the {@code attempts}-th failure at {@code at}; null once a day has passed. */
    static Instant nextAttempt(Instant createdAt, Instant at, int attempts) {
        Instant next = at.plus(backoff(attempts));
        return next.isAfter(createdAt.plus(RETRY_WINDOW)) ? null : next;
    }

    /** 1 minute after the first failure, doubling after each, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int attempts) {
        Duration doubling = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        return doubling.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubling;
    }
}
