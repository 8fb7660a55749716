package cx.touchpoint.api;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.survey.ExternalReferences;
import cx.touchpoint.survey.ExternalResponse;
import cx.touchpoint.survey.ExternalResponses;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.SurveyTriggers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the REST API writes beyond accounts: responses with an {@code Idempotency-Key} (a retry with the
 * same key stores nothing and answers the first result) and touch-point events. Like the CSV import, for
 * admins and account executives ({@link Permission#IMPORT_DATA}), the latter within their own book.
 */
@Service
@Transactional
@Requires(Permission.IMPORT_DATA)
public class ApiRequests {

    public static final int KEY_MAX = 200;

    /** A stored response: its id, the issues it raised or joined, and whether it was stored before. */
    public record ResponseResult(long responseId, List<Long> issueIds, boolean alreadyStored) {}

    /**
     * What {@code POST /events} did: the stored event's id and what the transaction-survey trigger made of it.
     *
     * @param outcome {@code INVITED} (a survey invitation was sent), {@code SKIPPED} (the contact policy
     *     stopped it; {@code reason} says why), {@code NO_TRIGGER} (no trigger for the touch point: kept for
     *     when one is configured) or {@code NO_CONTACT} (no contact given, so nobody to survey)
     */
    public record EventResult(long eventId, String outcome, Long invitationId, String template, String reason) {

        /** Whether a trigger handled the event now (invited or skipped), rather than it waiting for one. */
        public boolean handled() {
            return outcome.equals("INVITED") || outcome.equals("SKIPPED");
        }
    }

    /** A touch point that happened: the account by external id, the contact by email, the touch point by code. */
    public record TouchPointEvent(
            String accountExternalId, String contactEmail, String touchPoint, Instant occurredAt) {}

    private final ApiRequestQueries queries;
    private final ExternalReferences references;
    private final ExternalResponses responses;
    private final SurveyTriggers triggers;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiRequests(
            ApiRequestQueries queries,
            ExternalReferences references,
            ExternalResponses responses,
            SurveyTriggers triggers,
            CurrentUser currentUser,
            Clock clock) {
        this.queries = queries;
        this.references = references;
        this.responses = responses;
        this.triggers = triggers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records the response through {@code ResponseService.record} (account executives only for their book).
     *
     * @param idempotencyKey null, or up to {@value #KEY_MAX} characters: the same key again returns the
     *     first result and stores nothing
     * @throws InvalidInputException listing every field problem; nothing is stored
     */
    @Transactional
    public ResponseResult recordResponse(ExternalResponse response, String idempotencyKey) {
        long user = currentUser.require().id();
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > KEY_MAX) {
                throw new InvalidInputException(List.of(new FieldProblem(
                        "Idempotency-Key", idempotencyKey, "must have 1 to " + KEY_MAX + " characters")));
            }
            var earlier = queries.keyedResponse(user, idempotencyKey);
            if (earlier.isPresent()) {
                return new ResponseResult(earlier.get(), queries.issuesOf(earlier.get()), true);
            }
        }
        var outcome = responses.record(response, NewResponse.Channel.API);
        if (idempotencyKey != null) {
            queries.rememberKey(user, idempotencyKey, outcome.responseId(), clock.instant());
        }
        return new ResponseResult(
                outcome.responseId(),
                outcome.duplicate() ? queries.issuesOf(outcome.responseId()) : outcome.issueIds(),
                outcome.duplicate());
    }

    /**
     * Records a touch-point event and fires the touch point's transaction-survey trigger ({@link
     * SurveyTriggers#fire}) in the same transaction when the event names a contact. Without a trigger the
     * event stays recorded with outcome {@code NO_TRIGGER}.
     *
     * @throws InvalidInputException listing every field problem; nothing is stored
     */
    @Transactional
    public EventResult recordEvent(TouchPointEvent event) {
        var user = currentUser.require();
        List<FieldProblem> problems = new ArrayList<>();
        var account = references.account(event.accountExternalId()).orElse(null);
        if (account == null) {
            problems.add(new FieldProblem(
                    "accountExternalId", event.accountExternalId(), "names no account (of your book)"));
        }
        Long contact = null;
        if (event.contactEmail() != null && account != null) {
            contact = references.contact(event.contactEmail(), account.id()).orElse(null);
            if (contact == null) {
                problems.add(
                        new FieldProblem("contactEmail", event.contactEmail(), "is not a contact of this account"));
            }
        }
        var touchPoint = references.touchPoint(event.touchPoint()).orElse(null);
        if (touchPoint == null) {
            problems.add(new FieldProblem("touchPoint", event.touchPoint(), "is not a known touch point code"));
        }
        Instant now = clock.instant();
        Instant at = event.occurredAt() == null ? now : event.occurredAt();
        if (at.isAfter(now.plusSeconds(86_400))) {
            problems.add(new FieldProblem("occurredAt", at.toString(), "lies in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = queries.insertEvent(account.id(), contact, touchPoint.id(), at, now, user.id());
        if (contact == null) {
            queries.eventOutcome(id, null, "NO_CONTACT", "no contact given: nobody to survey");
            return new EventResult(id, "NO_CONTACT", null, null, "no contact given: nobody to survey");
        }
        var fired =
                triggers.fire(new cx.touchpoint.survey.TouchPointEvent(account.id(), contact, touchPoint.code(), at));
        String outcome = fired.sent() ? "INVITED" : fired.template().isEmpty() ? "NO_TRIGGER" : "SKIPPED";
        queries.eventOutcome(id, fired.invitationId(), outcome, fired.reason());
        return new EventResult(
                id,
                outcome,
                fired.invitationId(),
                fired.template().isEmpty() ? null : fired.template(),
                fired.reason().isEmpty() ? null : fired.reason());
    }
}
