package cx.touchpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.PessimisticLockingFailureException;
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

    /** How long a retry waits for a concurrent request with the same Idempotency-Key before answering 409. */
    public static final Duration KEY_WAIT = Duration.ofSeconds(2);

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
    private final ObjectMapper json;

    ApiRequests(
            ApiRequestQueries queries,
            ExternalReferences references,
            ExternalResponses responses,
            SurveyTriggers triggers,
            CurrentUser currentUser,
            Clock clock,
            ObjectMapper json) {
        this.queries = queries;
        this.references = references;
        this.responses = responses;
        this.triggers = triggers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Records the response through {@code ResponseService.record} (account executives only for their book).
     * With an Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header, as Stripe): the key's row is
     * written first, in this transaction, so the key's primary key makes a concurrent retry wait for this
     * one ({@link #KEY_WAIT} at most) and then answer its result; a request that fails stores neither the
     * response nor the key, so a corrected retry may use it again.
     *
     * @param idempotencyKey null, or 1 to {@value #KEY_MAX} characters: the same key with the same request
     *     returns the first result and stores nothing
     * @throws InvalidInputException listing every field problem; nothing is stored
     * @throws KeyReusedException the key was first used with another request (422); nothing is stored
     * @throws KeyInFlightException a request with the key is still being processed after {@link #KEY_WAIT}
     *     (409)
     */
    @Transactional
    public ResponseResult recordResponse(ExternalResponse response, String idempotencyKey) {
        long user = currentUser.require().id();
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > KEY_MAX) {
                throw new InvalidInputException(List.of(new FieldProblem(
                        "Idempotency-Key", idempotencyKey, "must have 1 to " + KEY_MAX + " characters")));
            }
            String fingerprint = fingerprint(response);
            if (!claim(user, idempotencyKey, fingerprint)) {
                var earlier = queries.usedKey(user, idempotencyKey).orElseThrow(() -> new KeyInFlightException());
                if (earlier.requestHash() != null && !earlier.requestHash().equals(fingerprint)) {
                    throw new KeyReusedException(idempotencyKey);
                }
                return new ResponseResult(earlier.responseId(), queries.issuesOf(earlier.responseId()), true);
            }
        }
        var outcome = responses.record(response, NewResponse.Channel.API);
        if (idempotencyKey != null) {
            queries.completeKey(user, idempotencyKey, outcome.responseId());
        }
        return new ResponseResult(
                outcome.responseId(),
                outcome.duplicate() ? queries.issuesOf(outcome.responseId()) : outcome.issueIds(),
                outcome.duplicate());
    }

    private boolean claim(long user, String key, String fingerprint) {
        try {
            return queries.claimKey(user, key, fingerprint, clock.instant(), KEY_WAIT);
        } catch (PessimisticLockingFailureException e) {
            throw new KeyInFlightException();
        }
    }

    /** SHA-256 of the request as the service reads it (names stripped, times as instants), in hex. */
    private String fingerprint(ExternalResponse response) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(response)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Idempotency-Key was first used with a different request (422 Unprocessable Content). */
    public static class KeyReusedException extends RuntimeException {
        KeyReusedException(String key) {
            super("The Idempotency-Key \"" + key + "\" was first used with a different request; a key may be"
                    + " retried only with the same body. Use a new key for a new request. Nothing was stored.");
        }
    }

    /** A request with the same Idempotency-Key is still being processed (409 Conflict: retry shortly). */
    public static class KeyInFlightException extends RuntimeException {
        KeyInFlightException() {
            super("A request with this Idempotency-Key is still being processed; retry in a second to get its"
                    + " result. Nothing was stored by this one.");
        }
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
