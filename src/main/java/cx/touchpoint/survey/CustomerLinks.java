package cx.touchpoint.survey;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.survey.PreparationDetail.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customer contacts do through their links, without signing in: review a survey draft
 * ({@code /draft/<token>}), answer a survey ({@code /respond/<token>}); unsubscribing is {@link
 * Unsubscribes}. A token is looked up only by its SHA-256 hash; a bad, used, expired
 * or cancelled link yields its {@link LinkState} and nothing about the account.
 */
@Requires(Permission.UNRESTRICTED)
@Service
@Transactional
public class CustomerLinks {

    private record Invitation(
            long id,
            String status,
            Instant expiresAt,
            long contactId,
            long accountId,
            long templateId,
            Long waveId,
            Long touchPointId,
            Long preparationId,
            String tone,
            String contact) {}

    private final JdbcClient jdbc;
    private final Preparations preparations;
    private final PreparationFlow flow;
    private final SurveySteps steps;
    private final ResponseService responses;
    private final Clock clock;

    CustomerLinks(
            JdbcClient jdbc,
            Preparations preparations,
            PreparationFlow flow,
            SurveySteps steps,
            ResponseService responses,
            Clock clock) {
        this.jdbc = jdbc;
        this.preparations = preparations;
        this.flow = flow;
        this.steps = steps;
        this.responses = responses;
        this.clock = clock;
    }

    /** The draft behind a share link. */
    @Transactional(readOnly = true)
    public DraftReview draft(String token) {
        var found = draftRow(token, false);
        if (found.isEmpty()) {
            return DraftReview.closed(LinkState.UNKNOWN);
        }
        var p = found.get();
        Status status = Status.valueOf(p.status());
        if (status == Status.CANCELLED) {
            return DraftReview.closed(LinkState.CANCELLED);
        }
        if (status == Status.SENT) {
            return DraftReview.closed(LinkState.SENT);
        }
        String executive = jdbc.sql("select full_name from app_user where id = :u")
                .param("u", p.preparedBy())
                .query(String.class)
                .single();
        return new DraftReview(
                LinkState.OPEN,
                p.account(),
                p.survey(),
                p.reviewer(),
                executive,
                preparations.items(p.id()),
                Tone.valueOf(p.tone()),
                p.customerNote(),
                status == Status.APPROVED || status == Status.SCHEDULED);
    }

    /**
     * The customer's feedback on the draft: the questions to keep (at least one), the tone and a note
     * (at most {@link DraftReview#NOTE_MAX} characters); {@code approve} approves the draft for
     * sending. Throws {@link SurveyRuleException} for a link that is not open or invalid input.
     */
    @Transactional
    public void reviewDraft(String token, List<Long> keptItemIds, Tone tone, String note, boolean approve) {
        var p = draftRow(token, true).orElseThrow(() -> new SurveyRuleException("This link is not valid."));
        Status status = Status.valueOf(p.status());
        if (!status.open()) {
            throw new SurveyRuleException("This survey has already been sent or was withdrawn; thank you.");
        }
        String text = note == null ? "" : note.strip();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (tone == null) {
            problems.add(new InvalidInput.Problem(DraftReview.TONE_FIELD, "Choose a tone."));
        }
        if (text.length() > DraftReview.NOTE_MAX) {
            problems.add(new InvalidInput.Problem(
                    DraftReview.NOTE_FIELD,
                    "The note has " + text.length() + " characters; at most " + DraftReview.NOTE_MAX
                            + " are possible."));
        }
        if (!problems.isEmpty()) {
            throw new SurveyRuleException(problems);
        }
        String questionsChanged = flow.keep(p, keptItemIds == null ? List.of() : keptItemIds);
        Status next = approve ? Status.APPROVED : (status == Status.DRAFT ? Status.SHARED : status);
        preparations.update(
                p.id(), next.name(), tone.name(), text, next == Status.SCHEDULED ? p.scheduledFor() : null, null);
        var customer = SurveySteps.Actor.contact(p.reviewerId());
        steps.record(
                p.accountId(),
                p.id(),
                null,
                SurveyStep.Kind.CUSTOMER_FEEDBACK,
                customer,
                clock.instant(),
                "Tone " + tone.label().toLowerCase()
                        + (questionsChanged.isEmpty() ? "" : "; " + questionsChanged)
                        + (text.isEmpty() ? "" : ". Note: " + text));
        if (approve) {
            steps.record(p.accountId(), p.id(), null, SurveyStep.Kind.APPROVED, customer, clock.instant(), "");
        }
    }

    /**
     * The survey as its recipients will be asked it, for the reviewer of a draft: the questions kept now, in
     * the tone chosen now, greeting the reviewer. Closed (as {@link #draft}) once the draft is sent or cancelled.
     */
    @Transactional(readOnly = true)
    public ResponseForm draftPreview(String token) {
        var found = draftRow(token, false);
        if (found.isEmpty()) {
            return ResponseForm.closed(LinkState.UNKNOWN);
        }
        var p = found.get();
        Status status = Status.valueOf(p.status());
        if (status == Status.CANCELLED || status == Status.SENT) {
            return ResponseForm.closed(status == Status.SENT ? LinkState.SENT : LinkState.CANCELLED);
        }
        record T(String introduction, boolean asksNps, boolean asksComment) {}
        T t = jdbc.sql("select introduction, asks_nps, asks_comment from survey_template where id = :t")
                .param("t", p.templateId())
                .query(T.class)
                .single();
        var questions = jdbc.sql(
                        """
                                select si.id as item_id, c.name as cue, si.question as text, s.unit from preparation_item pi
                                join survey_item si on si.id = pi.item_id join perception_cue c on c.id = si.cue_id
                                left join service_standard s on s.id = si.standard_id
                                where pi.preparation_id = :p and pi.kept order by si.position
                                """)
                .param("p", p.id())
                .query(ResponseForm.Question.class)
                .list();
        Tone tone = Tone.valueOf(p.tone());
        return new ResponseForm(
                LinkState.OPEN,
                p.survey(),
                SurveyLength.of(questions.size()).fill(t.introduction()),
                tone.greeting(p.reviewer().split(" ")[0]),
                tone,
                questions,
                t.asksNps(),
                t.asksComment());
    }

    /** The survey behind a response link. */
    @Transactional
    public ResponseForm responseForm(String token) {
        var found = invitation(token, false);
        if (found.isEmpty()) {
            return ResponseForm.closed(LinkState.UNKNOWN);
        }
        var i = found.get();
        LinkState state = state(i);
        if (state != LinkState.OPEN) {
            return ResponseForm.closed(state);
        }
        record T(String name, String introduction, boolean asksNps, boolean asksComment) {}
        T t = jdbc.sql("select name, introduction, asks_nps, asks_comment from survey_template where id = :t")
                .param("t", i.templateId())
                .query(T.class)
                .single();
        var questions = jdbc.sql(
                        """
                                select si.id as item_id, c.name as cue, si.question as text, s.unit from invitation_item ii
                                join survey_item si on si.id = ii.item_id join perception_cue c on c.id = si.cue_id
                                left join service_standard s on s.id = si.standard_id
                                where ii.invitation_id = :i order by si.position
                                """)
                .param("i", i.id())
                .query(ResponseForm.Question.class)
                .list();
        Tone tone = Tone.valueOf(i.tone());
        return new ResponseForm(
                LinkState.OPEN,
                t.name(),
                SurveyLength.of(questions.size()).fill(t.introduction()),
                tone.greeting(i.contact().split(" ")[0]),
                tone,
                questions,
                t.asksNps(),
                t.asksComment());
    }

    /**
     * Records the customer's answers through {@link ResponseService#record}, exactly once per link:
     * the invitation row is locked, so a second submit (two tabs, a double click, a retry) finds it
     * answered and stores nothing. Answers may only be given to the items the customer kept.
     *
     * @return OPEN when this call stored the response; otherwise why nothing was stored
     * @throws InvalidResponseException listing every invalid value; nothing is stored
     */
    @Transactional
    public LinkState respond(String token, List<NewResponse.Answer> answers, Integer nps, String comment) {
        return whenOpen(token, i -> record(i, answers, nps, comment));
    }

    /**
     * Records the answer page's form, exactly once per link, as {@link #respond(String, List, Integer,
     * String)} does. Reads every value first: a score is a whole number (1-7, likelihood to recommend
     * 0-10), a value in a standard's unit a decimal number ("2.5" or "2,5"), and a question is answered
     * with both what was expected and what was experienced, or not at all. Each problem names its field
     * and speaks of "question N" as the page numbers them; the response service's checks follow.
     *
     * @return OPEN when this call stored the response; otherwise why nothing was stored (a link already
     *     used, expired, withdrawn or unknown is reported before the form is read)
     * @throws InvalidResponseException every problem with its field; nothing is stored
     */
    @Transactional
    public LinkState respond(String token, AnswerSheet sheet) {
        return whenOpen(token, i -> {
            var read = new AnswerReading(askedItems(i.id()));
            List<NewResponse.Answer> answers = read.answers(sheet);
            Integer nps = read.nps(sheet.nps());
            read.throwIfRefused();
            try {
                record(i, answers, nps, sheet.comment());
            } catch (InvalidResponseException refused) {
                throw InvalidResponseException.of(refused.problems().stream()
                        .map(p -> new InvalidInput.Problem(p.field(), read.inCustomerWords(p.message())))
                        .toList());
            }
        });
    }

    /** Runs {@code answer} on the link's invitation, locked, when the link is open; says why not otherwise. */
    private LinkState whenOpen(String token, java.util.function.Consumer<Invitation> answer) {
        var found = invitation(token, true);
        if (found.isEmpty()) {
            return LinkState.UNKNOWN;
        }
        LinkState state = state(found.get());
        if (state == LinkState.OPEN) {
            answer.accept(found.get());
        }
        return state;
    }

    private void record(Invitation i, List<NewResponse.Answer> answers, Integer nps, String comment) {
        Set<Long> asked = new HashSet<>(askedItems(i.id()));
        List<String> problems = new ArrayList<>();
        for (var answer : answers) {
            if (!asked.contains(answer.itemId())) {
                problems.add("question #" + answer.itemId() + " is not part of this survey");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidResponseException(problems);
        }
        Instant now = clock.instant();
        responses.record(new NewResponse(
                i.templateId(),
                i.accountId(),
                i.contactId(),
                i.waveId(),
                i.id(),
                i.touchPointId(),
                NewResponse.Channel.SURVEY_LINK,
                nps,
                comment,
                now,
                answers));
        jdbc.sql(
                        """
                update survey_invitation set status = 'RESPONDED', responded_at = :now, version = version + 1
                where id = :i
                """)
                .param("now", Timestamp.from(now))
                .param("i", i.id())
                .update();
        steps.record(
                i.accountId(),
                i.preparationId(),
                i.id(),
                SurveyStep.Kind.RESPONDED,
                SurveySteps.Actor.contact(i.contactId()),
                now,
                i.contact());
    }

    /** The items the invitation asks, in the order the answer page numbers them. */
    private List<Long> askedItems(long invitationId) {
        return jdbc.sql(
                        """
                select ii.item_id from invitation_item ii join survey_item si on si.id = ii.item_id
                where ii.invitation_id = :i order by si.position
                """)
                .param("i", invitationId)
                .query(Long.class)
                .list();
    }

    private LinkState state(Invitation i) {
        return switch (i.status()) {
            case "RESPONDED" -> LinkState.USED;
            case "CANCELLED" -> LinkState.CANCELLED;
            case "EXPIRED" -> LinkState.EXPIRED;
            case "SENT" -> i.expiresAt() != null && !i.expiresAt().isAfter(clock.instant())
                    ? LinkState.EXPIRED
                    : LinkState.OPEN;
            default -> LinkState.UNKNOWN;
        };
    }

    private Optional<Invitation> invitation(String token, boolean lock) {
        if (!LinkToken.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = LinkToken.hash(token);
        return jdbc.sql("select i.id, i.status, i.expires_at, i.contact_id, c.account_id, i.template_id, i.wave_id,"
                        + " i.touch_point_id, i.preparation_id, i.tone, c.full_name as contact from survey_invitation i"
                        + " join contact c on c.id = i.contact_id"
                        + " where i.token_hash = :h or i.reminder_token_hash = :h" + (lock ? " for update of i" : ""))
                .param("h", hash)
                .query(Invitation.class)
                .optional();
    }

    private Optional<Preparations.Row> draftRow(String token, boolean lock) {
        if (!LinkToken.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = LinkToken.hash(token);
        if (lock) {
            return preparations.lockByShareToken(hash);
        }
        return jdbc.sql("select id from survey_preparation where share_token_hash = :h")
                .param("h", hash)
                .query(Long.class)
                .optional()
                .flatMap(preparations::find);
    }
}
