package cx.touchpoint.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.issue.IssueChanged;
import cx.touchpoint.survey.ResponseRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a delivery per subscriber to the outbox in the transaction of the change itself, so a change that
 * rolls back sends nothing and one that commits is sent even if the target is down or the app restarts.
 * {@link WebhookSender} sends them after commit.
 */
@Component
class WebhookOutbox {

    /** The transaction resource that holds the subscribers read in it. */
    private static final Object SUBSCRIBERS = new Object();

    private final WebhookQueries queries;
    private final EventFacts facts;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookQueries queries, EventFacts facts, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.facts = facts;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void onResponseRecorded(ResponseRecorded event) {
        write(
                WebhookEvent.RESPONSE_RECORDED,
                clock.instant(),
                () -> Map.of("response", facts.response(event.responseId()).orElseThrow()));
    }

    @EventListener
    void onIssueChanged(IssueChanged change) {
        WebhookEvent type =
                switch (change.kind()) {
                    case CREATED -> WebhookEvent.ISSUE_CREATED;
                    case STATUS -> WebhookEvent.ISSUE_STATUS_CHANGED;
                    case ESCALATED -> WebhookEvent.ISSUE_ESCALATED;
                    default -> null;
                };
        if (type == null) {
            return;
        }
        write(type, change.occurredAt(), () -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("issue", facts.issue(change.issueId()).orElseThrow());
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("from", change.from());
            what.put("to", change.to());
            what.put("note", change.note());
            data.put("change", what);
            return data;
        });
    }

    /** One event id and one body for every subscriber; nothing is read when nobody subscribes. */
    private void write(WebhookEvent type, Instant occurredAt, Supplier<Map<String, Object>> data) {
        List<Long> subscribers = subscribersOf(type);
        if (subscribers.isEmpty()) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId.toString());
        body.put("type", type.wireName());
        body.put("occurredAt", occurredAt.toString());
        body.put("data", data.get());
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook body of plain maps always serialises", e);
        }
        Instant now = clock.instant();
        subscribers.forEach(subscription -> queries.insertDelivery(subscription, eventId, type, payload, now));
    }

    /**
     * The subscribers of an event type, read once per transaction: a response that raises six issues
     * writes six issue.created events and looks the subscribers up once. Subscriptions are changed in
     * transactions of their own, so none changes under a transaction that is writing events.
     */
    @SuppressWarnings("unchecked")
    private List<Long> subscribersOf(WebhookEvent type) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return queries.subscribersOf(type);
        }
        var known = (Map<WebhookEvent, List<Long>>) TransactionSynchronizationManager.getResource(SUBSCRIBERS);
        if (known == null) {
            Object key = SUBSCRIBERS;
            known = new EnumMap<>(WebhookEvent.class);
            TransactionSynchronizationManager.bindResource(key, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return known.computeIfAbsent(type, queries::subscribersOf);
    }
}
