package cx.touchpoint.webhook;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due deliveries after their transaction committed: a JSON POST signed with {@link
 * WebhookSignature}, only to addresses {@link WebhookTargets} allows at the time of sending. A 2xx answer delivers
 * it; anything else (another status, a timeout, a refused connection or target) is retried with exponential backoff, 1 minute doubling up to 4 hours, for one day after the
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
    private final WebhookTargets targets;
    private final boolean enabled;

    WebhookSender(
            WebhookQueries queries,
            TransactionTemplate tx,
            Clock clock,
            WebhookTargets targets,
            @Value("${touchpoint.webhooks.enabled:true}") boolean enabled) {
        this.queries = queries;
        this.tx = tx;
        this.clock = clock;
        this.targets = targets;
        this.enabled = enabled;
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
        DeliveryFailure failure;
        try {
            statusCode = post(d, at);
            if (statusCode / 100 == 2) {
                int code = statusCode;
                tx.executeWithoutResult(status -> queries.delivered(d.id(), attempts, code, at));
                return true;
            }
            failure = DeliveryFailure.ofStatus(statusCode);
            log.warn(
                    "Webhook delivery #{} to {} failed (attempt {}): HTTP {}",
                    d.id(),
                    d.targetUrl(),
                    attempts,
                    statusCode);
        } catch (IOException | IllegalArgumentException e) {
            failure = DeliveryFailure.of(e);
            // the details are for the operator's log only; the admin's delivery log shows the class
            log.warn(
                    "Webhook delivery #{} to {} failed (attempt {}): {}",
                    d.id(),
                    d.targetUrl(),
                    attempts,
                    e.toString());
        }
        Instant next = nextAttempt(d.createdAt(), at, attempts);
        Integer code = statusCode;
        String why = failure.words();
        tx.executeWithoutResult(status -> queries.attemptFailed(d.id(), attempts, code, why, at, next));
        return false;
    }

    /**
     * POSTs one delivery and answers the HTTP status. The target's host is resolved and every address checked by
     * {@link WebhookTargets} inside the HTTP client's own resolver, so the connection goes to a checked address.
     */
    private int post(WebhookQueries.Due d, Instant at) throws IOException {
        URI uri = URI.create(d.targetUrl());
        int port = WebhookTargets.port(uri);
        targets.addresses(uri.getHost(), port); // IP literals may skip the client's resolver
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(targets.resolverFor(port))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(Timeout.ofSeconds(TIMEOUT.toSeconds()))
                        .build())
                .build();
        try (CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofSeconds(TIMEOUT.toSeconds()))
                        .build())
                .build()) {
            var post = new HttpPost(uri);
            post.setHeader("User-Agent", "Touchpoint-Webhooks/1");
            post.setHeader(EVENT_HEADER, d.eventType());
            post.setHeader(EVENT_ID_HEADER, d.eventId().toString());
            post.setHeader(TIMESTAMP_HEADER, Long.toString(at.getEpochSecond()));
            post.setHeader(
                    WebhookSignature.HEADER,
                    WebhookSignature.timestamped(d.secret(), at.getEpochSecond(), d.payload()));
            post.setHeader(WebhookSignature.LEGACY_HEADER, WebhookSignature.of(d.secret(), d.payload()));
            post.setEntity(new StringEntity(d.payload(), ContentType.APPLICATION_JSON));
            return http.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        }
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
