package cx.touchpoint.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.issue.IssueChanged;
import cx.touchpoint.survey.ResponseRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a delivery per subscriber to the outbox in the transaction of the change itself, so a change that
 * rolls back sends nothing and one that commits is sent even if the target is down or the app restarts.
 * {@link WebhookSender} sends them after commit.
 */
@Component
class WebhookOutbox {

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
                    case IssueChanged.CREATED -> WebhookEvent.ISSUE_CREATED;
                    case IssueChanged.STATUS -> WebhookEvent.ISSUE_STATUS_CHANGED;
                    case IssueChanged.ESCALATED -> WebhookEvent.ISSUE_ESCALATED;
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
        List<Long> subscribers = queries.subscribersOf(type);
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
}
