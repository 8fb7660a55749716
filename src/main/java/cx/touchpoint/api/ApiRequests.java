package cx.touchpoint.api;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.survey.ExternalResponse;
import cx.touchpoint.survey.ExternalResponses;
import cx.touchpoint.survey.NewResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the REST API writes beyond accounts: responses with an {@code Idempotency-Key} (a retry with the
 * same key stores nothing and answers the first result) and touch-point events.
 */
@Service
@Transactional
public class ApiRequests {

    public static final int KEY_MAX = 200;

    /** A stored response: its id, the issues it raised or joined, and whether it was stored before. */
    public record ResponseResult(long responseId, List<Long> issueIds, boolean alreadyStored) {}

    /** A touch point that happened: the account by external id, the contact by email, the touch point by code. */
    public record TouchPointEvent(
            String accountExternalId, String contactEmail, String touchPoint, Instant occurredAt) {}

    private final ApiRequestQueries queries;
    private final ExternalResponses responses;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiRequests(ApiRequestQueries queries, ExternalResponses responses, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.responses = responses;
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
     * Records a touch-point event for the transaction-survey trigger and returns its id.
     *
     * @throws InvalidInputException listing every field problem; nothing is stored
     */
    @Transactional
    public long recordEvent(TouchPointEvent event) {
        var user = currentUser.require();
        List<FieldProblem> problems = new ArrayList<>();
        var account = event.accountExternalId() == null
                ? null
                : queries.account(event.accountExternalId())
                        .filter(a -> currentUser.seesBookOf(a[1]))
                        .orElse(null);
        if (account == null) {
            problems.add(new FieldProblem(
                    "accountExternalId", event.accountExternalId(), "names no account (of your book)"));
        }
        Long contact = null;
        if (event.contactEmail() != null && account != null) {
            contact = queries.contact(event.contactEmail(), account[0]).orElse(null);
            if (contact == null) {
                problems.add(
                        new FieldProblem("contactEmail", event.contactEmail(), "is not a contact of this account"));
            }
        }
        Long touchPoint = event.touchPoint() == null
                ? null
                : queries.touchPoint(event.touchPoint()).orElse(null);
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
        return queries.insertEvent(account[0], contact, touchPoint, at, now, user.id());
    }
}
