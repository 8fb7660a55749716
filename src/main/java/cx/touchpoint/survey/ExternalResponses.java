package cx.touchpoint.survey;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses from other systems (CSV import, the REST API): resolves their names, refuses what is wrong
 * field by field, stores each response once (by its source id, else by account, pattern, time, touch
 * point and contact) and records it through {@link ResponseService#record}, so issues are raised the
 * same way as for a survey link. Account executives only for accounts of their own book.
 */
@Service
@Transactional
@Requires(Permission.UNRESTRICTED)
public class ExternalResponses {

    /** How far in the future a response time may lie (clocks of other systems drift). */
    static final Duration CLOCK_SKEW = Duration.ofHours(24);

    static final List<String> PATTERNS = List.of("PAST", "PRESENT", "POTENTIAL");

    /** More answers than any survey asks (a survey must stay short): refused before each is looked up. */
    public static final int ANSWERS_MAX = 100;

    /** What became of a response: stored now, or found stored already (then nothing was written). */
    public record Outcome(long responseId, List<Long> issueIds, boolean duplicate) {}

    private record Resolved(NewResponse response, String pattern, List<FieldProblem> problems, boolean idTaken) {}

    private final ExternalResponseQueries queries;
    private final ExternalReferences references;
    private final ResponseService responses;
    private final Clock clock;
    private final CurrentUser currentUser;

    ExternalResponses(
            ExternalResponseQueries queries,
            ExternalReferences references,
            ResponseService responses,
            Clock clock,
            CurrentUser currentUser) {
        this.queries = queries;
        this.references = references;
        this.responses = responses;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Every problem of the response, by field ({@code answers[i].expected} for an answer); empty when valid. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(ExternalResponse response) {
        return resolve(response, NewResponse.Channel.IMPORT).problems();
    }

    /**
     * Stores the response unless the same one is stored already (the same source id at the same account, or
     * without an id the same account, pattern, time, touch point and contact).
     *
     * @throws ResponseIdTakenException when the source id is another account's response's (named only to
     *     those who may see that account); nothing is stored
     * @throws InvalidInputException listing every field problem; nothing is stored
     */
    @Transactional
    public Outcome record(ExternalResponse response, NewResponse.Channel channel) {
        var resolved = resolve(response, channel);
        if (resolved.idTaken()) {
            throw new ResponseIdTakenException(resolved.problems());
        }
        if (!resolved.problems().isEmpty()) {
            throw new InvalidInputException(resolved.problems());
        }
        NewResponse r = resolved.response();
        Optional<Long> stored = response.sourceId() != null ? queries.bySource(response.sourceId()) : Optional.empty();
        if (stored.isEmpty() && r.respondedAt() != null) {
            stored = queries.sameStored(
                    r.accountId(), resolved.pattern(), r.respondedAt(), r.touchPointId(), r.contactId());
        }
        if (stored.isPresent()) {
            return new Outcome(stored.get(), List.of(), true);
        }
        RecordedResponse recorded;
        try {
            recorded = responses.record(r);
        } catch (InvalidResponseException e) {
            throw new InvalidInputException(e.messages().stream()
                    .map(p -> new FieldProblem("response", "", p))
                    .toList());
        }
        if (response.sourceId() != null && !queries.rememberSource(response.sourceId(), recorded.responseId())) {
            // a concurrent request stored the same id first (this one waited for it): this one stores nothing
            throw new ResponseIdTakenException(List.of(new FieldProblem(
                    "responseId", response.sourceId(), "was stored by a concurrent request: retry to see its result")));
        }
        return new Outcome(recorded.responseId(), recorded.issueIds(), false);
    }

    private Resolved resolve(ExternalResponse in, NewResponse.Channel channel) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.sourceId() != null && in.sourceId().length() > ExternalResponse.SOURCE_ID_MAX) {
            problems.add(new FieldProblem(
                    "responseId", in.sourceId(), "has more than " + ExternalResponse.SOURCE_ID_MAX + " characters"));
        }
        var account = references.account(in.accountExternalId());
        if (account.isEmpty()) {
            problems.add(new FieldProblem(
                    "accountExternalId",
                    in.accountExternalId(),
                    in.accountExternalId() == null ? "is required" : "names no account (of your book)"));
        }
        boolean idTaken = false;
        if (in.sourceId() != null && account.isPresent()) {
            var owner = queries.sourceOwner(in.sourceId()).orElse(null);
            if (owner != null && owner.accountId() != account.get().id()) {
                idTaken = true;
                problems.add(new FieldProblem(
                        "responseId",
                        in.sourceId(),
                        currentUser.seesBookOf(owner.accountExecutiveId())
                                ? "is already the id of a response of account " + owner.externalId()
                                : "is already used by another account"));
            }
        }
        Long contactId = null;
        if (in.contactEmail() != null && account.isPresent()) {
            contactId =
                    references.contact(in.contactEmail(), account.get().id()).orElse(null);
            if (contactId == null) {
                problems.add(new FieldProblem(
                        "contactEmail",
                        in.contactEmail(),
                        "is not a contact of account " + in.accountExternalId() + " (import the contacts first)"));
            }
        }
        String pattern = in.pattern() == null ? null : in.pattern().toUpperCase(Locale.ROOT);
        if (pattern == null) {
            problems.add(new FieldProblem("pattern", "", "is required: PAST, PRESENT or POTENTIAL"));
        } else if (!PATTERNS.contains(pattern)) {
            problems.add(new FieldProblem("pattern", in.pattern(), "must be PAST, PRESENT or POTENTIAL"));
        }
        Long touchPointId = null;
        if (in.touchPoint() != null) {
            touchPointId = references
                    .touchPoint(in.touchPoint())
                    .map(ExternalReferences.TouchPointRef::id)
                    .orElse(null);
            if (touchPointId == null) {
                problems.add(new FieldProblem("touchPoint", in.touchPoint(), "is not a known touch point code"));
            }
        } else if ("PAST".equals(pattern)) {
            problems.add(new FieldProblem("touchPoint", "", "is required for a transaction (PAST) response"));
        }
        ExternalResponseQueries.Template template = null;
        if (pattern != null && PATTERNS.contains(pattern) && (in.touchPoint() == null || touchPointId != null)) {
            template = queries.template(in.templateId(), pattern, touchPointId).orElse(null);
            if (template == null) {
                problems.add(
                        in.templateId() != null
                                ? new FieldProblem(
                                        "templateId",
                                        in.templateId().toString(),
                                        "is not a " + pattern + " survey template")
                                : new FieldProblem(
                                        "pattern",
                                        pattern,
                                        "has no active survey template"
                                                + (touchPointId != null ? " for touch point " + in.touchPoint() : "")));
            }
        }
        if (in.submittedAt() != null && in.submittedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("submittedAt", in.submittedAt().toString(), "lies in the future"));
        }
        if (in.nps() != null && (in.nps() < NewResponse.NPS_MIN || in.nps() > NewResponse.NPS_MAX)) {
            problems.add(new FieldProblem(
                    "nps", in.nps().toString(), "must be " + NewResponse.NPS_MIN + " to " + NewResponse.NPS_MAX));
        }
        if (in.comment().length() > NewResponse.COMMENT_MAX) {
            problems.add(new FieldProblem(
                    "comment",
                    in.comment().substring(0, 40) + "…",
                    "has " + in.comment().length() + " characters, at most " + NewResponse.COMMENT_MAX
                            + " are allowed"));
        }
        List<NewResponse.Answer> answers = List.of();
        if (in.answers().size() > ANSWERS_MAX) {
            problems.add(new FieldProblem(
                    "answers",
                    in.answers().size() + " answers",
                    "has more than " + ANSWERS_MAX + " answers; no survey asks that many questions"));
        } else {
            answers = answers(in, template, problems);
        }
        if (in.answers().isEmpty() && in.nps() == null && in.comment().isEmpty()) {
            problems.add(new FieldProblem("answers", "", "the response is empty: no answers, no NPS, no comment"));
        }
        if (!problems.isEmpty()) {
            return new Resolved(null, pattern, problems, idTaken);
        }
        var response = new NewResponse(
                template.id(),
                account.get().id(),
                contactId,
                null,
                null,
                touchPointId != null ? touchPointId : template.touchPointId(),
                channel,
                in.nps(),
                in.comment(),
                in.submittedAt(),
                answers);
        return new Resolved(response, pattern, problems, false);
    }

    private List<NewResponse.Answer> answers(
            ExternalResponse in, ExternalResponseQueries.Template template, List<FieldProblem> problems) {
        List<NewResponse.Answer> answers = new ArrayList<>();
        Set<Long> items = new HashSet<>();
        for (int i = 0; i < in.answers().size(); i++) {
            var a = in.answers().get(i);
            String at = "answers[" + i + "].";
            if (a == null) {
                problems.add(new FieldProblem("answers[" + i + "]", "", "is null: give cue, expected and experienced"));
                continue;
            }
            Long item = null;
            if (a.cue() == null || a.cue().isBlank()) {
                problems.add(new FieldProblem(at + "cue", "", "is required"));
            } else if (template != null) {
                item = queries.item(template.id(), a.cue().strip()).orElse(null);
                if (item == null) {
                    problems.add(new FieldProblem(at + "cue", a.cue(), "is not asked in this survey"));
                } else if (!items.add(item)) {
                    problems.add(new FieldProblem(at + "cue", a.cue(), "is answered more than once"));
                }
            }
            boolean scores = score(problems, at + "expected", a.expected())
                    & score(problems, at + "experienced", a.experienced());
            if (item != null && scores) {
                answers.add(new NewResponse.Answer(
                        item, a.expected(), a.experienced(), a.expectedValue(), a.perceivedValue()));
            }
        }
        return answers;
    }

    private static boolean score(List<FieldProblem> problems, String field, Integer score) {
        if (score == null || score < NewResponse.SCORE_MIN || score > NewResponse.SCORE_MAX) {
            problems.add(new FieldProblem(
                    field,
                    score == null ? "" : score.toString(),
                    "must be " + NewResponse.SCORE_MIN + " to " + NewResponse.SCORE_MAX));
            return false;
        }
        return true;
    }
}
