package cx.touchpoint.survey;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.gap.MetricValue;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.survey.NewResponse.Answer.Part;
import cx.touchpoint.survey.mail.Outbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a survey response enters Touchpoint, whatever the channel (survey link, import, API).
 * Validates it completely, stores it with its answers, and publishes {@link ResponseRecorded} in the
 * same transaction, so the issue board raises, attaches or verifies issues atomically with it.
 */
@Service
@Requires(Permission.UNRESTRICTED)
@Transactional
public class ResponseService {

    private final ResponseQueries queries;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseService(ResponseQueries queries, Outbox outbox, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a response; throws {@link InvalidResponseException} listing every problem, storing
     * nothing, when the input is invalid. The invitation it names is marked answered, and the contact's
     * held or pending reminders of this survey are suppressed (whatever the channel: link, API, import).
     */
    @Transactional
    public RecordedResponse record(NewResponse response) {
        var template = queries.template(response.templateId())
                .orElseThrow(() -> new InvalidResponseException(
                        List.of("survey template #" + response.templateId() + " does not exist")));
        List<InvalidInput.Problem> problems = problems(response, template);
        if (!problems.isEmpty()) {
            throw InvalidResponseException.of(problems);
        }
        Long touchPoint = response.touchPointId() != null ? response.touchPointId() : template.touchPointId();
        Instant at = response.respondedAt() != null ? response.respondedAt() : clock.instant();
        long id = queries.insert(response, template.pattern(), touchPoint, at);
        queries.insertAnswers(id, response.answers());
        if (response.invitationId() != null) {
            queries.markInvitationAnswered(response.invitationId(), at);
        }
        if (response.contactId() != null) {
            outbox.suppressRefused(response.contactId());
        }
        var recorded = new ResponseRecorded(
                id,
                response.accountId(),
                response.contactId(),
                touchPoint,
                response.nps(),
                response.comment(),
                at,
                answers(response, template, touchPoint),
                new ResponseRecorded.FollowUp());
        events.publishEvent(recorded);
        return new RecordedResponse(id, recorded.followUp().issueIds());
    }

    /** The answers as listeners see them: with their item's cue and touch point, the lowest score first. */
    private static List<ResponseRecorded.Answer> answers(
            NewResponse response, ResponseQueries.Template template, Long responseTouchPoint) {
        return response.answers().stream()
                .sorted(Comparator.comparingInt(NewResponse.Answer::experienced)
                        .thenComparingInt(a -> template.items().get(a.itemId()).position()))
                .map(a -> {
                    var item = template.items().get(a.itemId());
                    return new ResponseRecorded.Answer(
                            a.itemId(),
                            item.cueId(),
                            item.cueName(),
                            item.touchPointId() != null ? item.touchPointId() : responseTouchPoint,
                            a.expected(),
                            a.experienced());
                })
                .toList();
    }

    private List<InvalidInput.Problem> problems(NewResponse r, ResponseQueries.Template template) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (r.channel() == null) {
            problems.add(whole("the channel is missing"));
        }
        if (!queries.accountExists(r.accountId())) {
            problems.add(whole("account #" + r.accountId() + " does not exist"));
        } else if (r.contactId() != null && !queries.contactOf(r.contactId(), r.accountId())) {
            problems.add(whole("contact #" + r.contactId() + " is not a contact of account #" + r.accountId()));
        }
        if (r.waveId() != null && !queries.waveOf(r.waveId(), r.templateId())) {
            problems.add(whole("wave #" + r.waveId() + " is not a wave of this template"));
        }
        if (r.invitationId() != null) {
            String problem = queries.invitationProblem(r.invitationId(), r.accountId(), r.waveId());
            if (problem != null) {
                problems.add(whole(problem));
            }
        }
        if (r.touchPointId() != null && !queries.touchPointExists(r.touchPointId())) {
            problems.add(whole("touch point #" + r.touchPointId() + " does not exist"));
        }
        if (r.nps() != null && (r.nps() < NewResponse.NPS_MIN || r.nps() > NewResponse.NPS_MAX)) {
            problems.add(new InvalidInput.Problem(
                    NewResponse.NPS_FIELD,
                    "likelihood to recommend must be " + NewResponse.NPS_MIN + " to " + NewResponse.NPS_MAX + ", was "
                            + r.nps()));
        }
        if (r.comment().length() > NewResponse.COMMENT_MAX) {
            problems.add(new InvalidInput.Problem(
                    NewResponse.COMMENT_FIELD,
                    "the comment has " + r.comment().length() + " characters, at most " + NewResponse.COMMENT_MAX
                            + " are allowed"));
        }
        if (r.answers().isEmpty() && r.nps() == null && r.comment().isEmpty()) {
            problems.add(whole("the response is empty: no answers, no likelihood to recommend, no comment"));
        }
        Set<Long> seen = new HashSet<>();
        for (var answer : r.answers()) {
            if (!template.items().containsKey(answer.itemId())) {
                problems.add(whole("item #" + answer.itemId() + " does not belong to this survey template"));
            } else if (!seen.add(answer.itemId())) {
                problems.add(whole("item #" + answer.itemId() + " is answered more than once"));
            }
            checkScore(problems, Part.EXPECTED, answer.itemId(), answer.expected());
            checkScore(problems, Part.EXPERIENCED, answer.itemId(), answer.experienced());
            var item = template.items().get(answer.itemId());
            checkValues(problems, answer, item == null ? null : item.standardUnit());
        }
        return problems;
    }

    /** Values in a standard's unit only for an item linked to one, checked by the standards' one rule. */
    private static void checkValues(List<InvalidInput.Problem> problems, NewResponse.Answer answer, String unit) {
        if (unit == null) {
            if (answer.expectedValue() != null || answer.perceivedValue() != null) {
                problems.add(
                        whole("item #" + answer.itemId() + " is not linked to a service standard: it takes no values"));
            }
            return;
        }
        checkValue(
                problems,
                answer.expectedValue(),
                unit,
                "the expected value of item #" + answer.itemId(),
                NewResponse.Answer.field(answer.itemId(), Part.EXPECTED_VALUE));
        checkValue(
                problems,
                answer.perceivedValue(),
                unit,
                "the experienced value of item #" + answer.itemId(),
                NewResponse.Answer.field(answer.itemId(), Part.PERCEIVED_VALUE));
    }

    private static void checkValue(
            List<InvalidInput.Problem> problems, BigDecimal value, String unit, String what, String field) {
        if (value == null) {
            return;
        }
        try {
            MetricValue.check(value, unit, what);
        } catch (InvalidInput refused) {
            refused.problems().forEach(p -> problems.add(new InvalidInput.Problem(field, lowerFirst(p.message()))));
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1).replaceAll("\\.$", "");
    }

    private static InvalidInput.Problem whole(String message) {
        return new InvalidInput.Problem(null, message);
    }

    private static void checkScore(List<InvalidInput.Problem> problems, Part part, long itemId, int score) {
        if (score < NewResponse.SCORE_MIN || score > NewResponse.SCORE_MAX) {
            String what = part == Part.EXPECTED ? "expected" : "experienced";
            problems.add(new InvalidInput.Problem(
                    NewResponse.Answer.field(itemId, part),
                    "the " + what + " score of item #" + itemId + " must be " + NewResponse.SCORE_MIN + " to "
                            + NewResponse.SCORE_MAX + ", was " + score));
        }
    }
}
