package cx.touchpoint.survey;

import cx.touchpoint.survey.PreparationDetail.Status;
import cx.touchpoint.survey.mail.MailKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steps of a prepared survey shared by the account executive's actions, the customer's draft
 * review and the scheduled sender: share, keep items, send. Callers check who may act.
 */
@Component
class PreparationFlow {

    record AccountRef(long id, String name, long accountExecutiveId) {}

    private final JdbcClient jdbc;
    private final Preparations preparations;
    private final Invitations invitations;
    private final SurveySteps steps;
    private final SurveyPolicy policy;
    private final ContactMails mails;
    private final Clock clock;

    PreparationFlow(
            JdbcClient jdbc,
            Preparations preparations,
            Invitations invitations,
            SurveySteps steps,
            SurveyPolicy policy,
            ContactMails mails,
            Clock clock) {
        this.jdbc = jdbc;
        this.preparations = preparations;
        this.invitations = invitations;
        this.steps = steps;
        this.policy = policy;
        this.mails = mails;
        this.clock = clock;
    }

    Optional<AccountRef> account(long id) {
        return jdbc.sql("select id, name, account_executive_id from account where id = :id")
                .param("id", id)
                .query(AccountRef.class)
                .optional();
    }

    SurveyPattern pattern(long templateId) {
        return jdbc.sql("select pattern from survey_template where id = :t")
                .param("t", templateId)
                .query(String.class)
                .optional()
                .map(SurveyPattern::valueOf)
                .orElseThrow(() -> new SurveyRuleException("Survey template #" + templateId + " does not exist."));
    }

    List<ContactRow> contacts(long accountId) {
        return jdbc.sql("select id, full_name as name, email from contact where account_id = :a order by full_name, id")
                .param("a", accountId)
                .query(ContactRow.class)
                .list();
    }

    /** Why the template (and wave) cannot be prepared for an account; empty when it can. */
    List<String> templateProblems(long templateId, Long waveId) {
        record T(String pattern, boolean active, Instant retiredAt) {}
        var t = jdbc.sql("select pattern, active, retired_at from survey_template where id = :t")
                .param("t", templateId)
                .query(T.class)
                .optional();
        List<String> problems = new ArrayList<>();
        if (t.isEmpty()) {
            problems.add("survey template #" + templateId + " does not exist");
            return problems;
        }
        if (!t.get().active() || t.get().retiredAt() != null) {
            problems.add("the survey template is retired");
        }
        if ("PAST".equals(t.get().pattern())) {
            problems.add("transaction surveys are sent by their touch point's trigger, not prepared");
        }
        if (waveId != null) {
            Boolean matches = jdbc.sql("select template_id = :t and status <> 'CLOSED' from survey_wave where id = :w")
                    .param("t", templateId)
                    .param("w", waveId)
                    .query(Boolean.class)
                    .optional()
                    .orElse(null);
            if (matches == null) {
                problems.add("wave #" + waveId + " does not exist");
            } else if (!matches) {
                problems.add("the wave is closed or uses another template");
            }
        }
        return problems;
    }

    PreparationDetail detail(Preparations.Row p) {
        Map<Long, String> sent = new HashMap<>();
        preparations.invitationStatuses(p.id()).forEach(r -> sent.put((Long) r[0], (String) r[1]));
        var recipients = preparations.recipients(p.id());
        Map<Long, ContactRow> contacts = new HashMap<>();
        contacts(p.accountId()).forEach(c -> contacts.put(c.id(), c));
        SurveyPattern pattern = SurveyPattern.valueOf(p.pattern());
        var rows = recipients.stream()
                .map(contacts::get)
                .map(c -> new PreparationDetail.Recipient(
                        c.id(),
                        c.name(),
                        c.email(),
                        sent.containsKey(c.id()) ? Eligibility.NOW : policy.check(c.id(), pattern),
                        sent.get(c.id())))
                .toList();
        return new PreparationDetail(
                p.id(),
                p.accountId(),
                p.account(),
                p.survey(),
                pattern,
                p.wave(),
                Status.valueOf(p.status()),
                Tone.valueOf(p.tone()),
                p.customerNote(),
                p.reviewer(),
                p.scheduledFor(),
                preparations.items(p.id()),
                rows,
                steps.list(null, p.id(), 100),
                p.version());
    }

    /**
     * Mails the draft to the reviewing contact with a new link; refused with {@link SurveyRuleException},
     * storing nothing, when the consent rule does not allow mailing them (opted out).
     */
    String share(Preparations.Row p, SurveySteps.Actor actor) {
        mails.refusal(p.reviewerId(), MailKind.DRAFT, null).ifPresent(refused -> {
            throw new SurveyRuleException(
                    "The draft was not shared: " + p.reviewer() + " " + refused + " and gets no more mail from us.");
        });
        LinkToken token = LinkToken.issue();
        preparations.update(p.id(), Status.SHARED.name(), p.tone(), p.customerNote(), null, token.hash());
        String link = mails.link("/draft/", token.token());
        String executive = jdbc.sql("select full_name from app_user where id = :u")
                .param("u", p.preparedBy())
                .query(String.class)
                .single();
        Tone tone = Tone.valueOf(p.tone());
        Map<String, Object> v = new HashMap<>();
        v.put("greeting", tone.greeting(p.reviewer().split(" ")[0]));
        v.put("surveyName", p.survey());
        v.put("link", link);
        v.put("closing", tone.closing());
        v.put("senderName", executive);
        Instant now = clock.instant();
        mails.queue(
                new ContactMails.Mail(
                        MailKind.DRAFT,
                        p.accountId(),
                        null,
                        p.id(),
                        p.preparedBy(),
                        executive,
                        p.reviewerId(),
                        p.reviewerEmail(),
                        "Please review our survey before we send it: " + p.survey(),
                        v),
                now);
        steps.record(p.accountId(), p.id(), null, SurveyStep.Kind.SHARED, actor, now, p.reviewer());
        return link;
    }

    /** Keeps exactly {@code kept} of the template's items; at least one, all from this survey. */
    /**
     * Keeps only {@code kept} of the survey's questions; returns what changed in words, naming each question
     * removed or restored ("Removed question: 'How reliable …'"), or "" when the choice stayed as it was.
     */
    String keep(Preparations.Row p, List<Long> kept) {
        var items = preparations.items(p.id());
        var own = new HashSet<Long>();
        items.forEach(i -> own.add(i.itemId()));
        if (kept.isEmpty()) {
            throw new SurveyRuleException(DraftReview.KEEP_FIELD, "Keep at least one question.");
        }
        if (!own.containsAll(kept)) {
            throw new SurveyRuleException(DraftReview.KEEP_FIELD, "A chosen question does not belong to this survey.");
        }
        preparations.keep(p.id(), kept);
        List<String> changes = new ArrayList<>();
        for (var item : items) {
            boolean keptNow = kept.contains(item.itemId());
            if (item.kept() && !keptNow) {
                changes.add("Removed question: '" + item.question() + "'");
            } else if (!item.kept() && keptNow) {
                changes.add("Restored question: '" + item.question() + "'");
            }
        }
        return String.join("; ", changes);
    }

    SendResult send(Preparations.Row p, SurveySteps.Actor actor, Instant now) {
        List<Long> kept = preparations.keptItems(p.id());
        Tone tone = Tone.valueOf(p.tone());
        int sent = 0;
        List<String> skipped = new ArrayList<>();
        for (long contact : preparations.recipients(p.id())) {
            var outcome = invitations.invite(
                    new Invitations.Request(p.templateId(), p.waveId(), p.id(), null, contact, tone, actor, kept), now);
            if (outcome.sent()) {
                sent++;
            } else {
                skipped.add(outcome.skippedBecause());
            }
        }
        if (sent > 0) {
            preparations.update(p.id(), Status.SENT.name(), p.tone(), p.customerNote(), null, null);
        }
        return new SendResult(sent, skipped);
    }
}
