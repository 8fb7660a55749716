package cx.touchpoint.survey;

import cx.touchpoint.base.Dates;
import cx.touchpoint.survey.mail.MailKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates one invitation with its one-time link and puts its mail in the outbox, after the contact
 * policy allows it at that moment. Every send path (a prepared survey sent now or on its date, a
 * transaction trigger, a wave) goes through here, so none can skip the policy.
 */
@Component
class Invitations {

    /** What to send to whom; {@code keptItemIds} null = every item of the template. */
    record Request(
            long templateId,
            Long waveId,
            Long preparationId,
            Long touchPointId,
            long contactId,
            Tone tone,
            SurveySteps.Actor actor,
            List<Long> keptItemIds) {}

    /** The invitation made, or why not; {@code token} is the plain link secret (never stored). */
    record Outcome(Long invitationId, String token, String skippedBecause) {
        boolean sent() {
            return invitationId != null;
        }
    }

    private record Recipient(long accountId, String fullName, String email, long executiveId, String executive) {}

    private record Template(String name, String pattern, String introduction) {}

    private final JdbcClient jdbc;
    private final ContactSurveyState contacts;
    private final SurveyPolicy policy;
    private final SurveySteps steps;
    private final ContactMails mails;

    Invitations(
            JdbcClient jdbc, ContactSurveyState contacts, SurveyPolicy policy, SurveySteps steps, ContactMails mails) {
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.policy = policy;
        this.steps = steps;
        this.mails = mails;
    }

    Outcome invite(Request request, Instant now) {
        Recipient to = recipient(request.contactId());
        // one account at a time, so concurrent sends cannot both pass the account cap (a row lock through the
        // account feature's read model: it serialises the sends and writes nothing)
        jdbc.sql("select id from account_facts where id = :a for update")
                .param("a", to.accountId())
                .query(Long.class)
                .single();
        Template template = template(request.templateId());
        Eligibility eligibility = policy.check(request.contactId(), SurveyPattern.valueOf(template.pattern()), now);
        if (!eligibility.eligible()) {
            return new Outcome(null, null, to.fullName() + ": " + eligibility.reason());
        }
        int validDays = policy.settings().linkValidDays();
        Instant expires = now.plus(Duration.ofDays(validDays));
        LinkToken token = LinkToken.issue();
        long id = jdbc.sql(
                        """
                insert into survey_invitation (wave_id, contact_id, token_hash, status, tone, template_id,
                preparation_id, touch_point_id, created_at, sent_at, expires_at) values (:w, :c, :h, 'SENT',
                :tone, :t, :p, :tp, :now, :now, :exp) returning id
                """)
                .param("w", request.waveId())
                .param("c", request.contactId())
                .param("h", token.hash())
                .param("tone", request.tone().name())
                .param("t", request.templateId())
                .param("p", request.preparationId())
                .param("tp", request.touchPointId())
                .param("now", Timestamp.from(now))
                .param("exp", Timestamp.from(expires))
                .query(Long.class)
                .single();
        // the questions this invitation asks, counted as stored: the mail's length says what the page asks
        int items = jdbc.sql(
                        """
                insert into invitation_item (invitation_id, item_id) select :i, id from survey_item
                where template_id = :t and (:all or id = any(:kept))
                """)
                .param("i", id)
                .param("t", request.templateId())
                .param("all", request.keptItemIds() == null)
                .param(
                        "kept",
                        request.keptItemIds() == null
                                ? new Long[0]
                                : request.keptItemIds().toArray(Long[]::new))
                .update();
        contacts.surveyed(request.contactId(), now);
        mails.queue(
                        new ContactMails.Mail(
                                MailKind.INVITATION,
                                to.accountId(),
                                id,
                                request.preparationId(),
                                to.executiveId(),
                                to.executive(),
                                request.contactId(),
                                to.email(),
                                request.tone().subject(template.name()),
                                variables(request.tone(), to, template, items, token.token(), expires, false)),
                        now)
                .ifPresent(refused -> {
                    // the policy check above asked the same rule in this transaction
                    throw new IllegalStateException("Invitation refused after the policy allowed it: " + refused);
                });
        steps.record(
                to.accountId(), request.preparationId(), id, SurveyStep.Kind.SENT, request.actor(), now, to.fullName());
        return new Outcome(id, token.token(), null);
    }

    /**
     * The one reminder to a contact who has not answered: a second link (the first keeps working),
     * mailed through the outbox. Returns false, storing nothing, when the invitation was already reminded
     * or answered, or the consent rule refuses it now (opted out; the survey answered on any channel).
     */
    boolean remind(long invitationId, Instant now) {
        record Sent(long contactId, long templateId, Long preparationId, String tone, Instant expiresAt, int items) {}
        var sent = jdbc.sql(
                        """
                select i.contact_id, i.template_id, i.preparation_id, i.tone, i.expires_at,
                (select count(*) from invitation_item x where x.invitation_id = i.id) as items
                from survey_invitation i where i.id = :i and i.status = 'SENT' and i.reminded_at is null
                for update
                """)
                .param("i", invitationId)
                .query(Sent.class)
                .optional();
        if (sent.isEmpty()) {
            return false;
        }
        var s = sent.get();
        if (mails.refusal(s.contactId(), MailKind.REMINDER, invitationId).isPresent()) {
            return false;
        }
        Recipient to = recipient(s.contactId());
        Template template = template(s.templateId());
        LinkToken token = LinkToken.issue();
        jdbc.sql(
                        """
                update survey_invitation set reminded_at = :now, reminder_token_hash = :h, version = version + 1
                where id = :i
                """)
                .param("now", Timestamp.from(now))
                .param("h", token.hash())
                .param("i", invitationId)
                .update();
        Tone tone = Tone.valueOf(s.tone());
        mails.queue(
                new ContactMails.Mail(
                        MailKind.REMINDER,
                        to.accountId(),
                        invitationId,
                        s.preparationId(),
                        to.executiveId(),
                        to.executive(),
                        s.contactId(),
                        to.email(),
                        "Reminder: " + tone.subject(template.name()),
                        variables(tone, to, template, s.items(), token.token(), s.expiresAt(), true)),
                now);
        steps.record(
                to.accountId(),
                s.preparationId(),
                invitationId,
                SurveyStep.Kind.REMINDED,
                SurveySteps.Actor.SYSTEM,
                now,
                to.fullName());
        return true;
    }

    private Recipient recipient(long contactId) {
        return jdbc.sql(
                        """
                select c.account_id, c.full_name, c.email, a.account_executive_id as executive_id,
                u.full_name as executive from contact_facts c join account_facts a on a.id = c.account_id
                join user_directory u on u.id = a.account_executive_id where c.id = :c
                """)
                .param("c", contactId)
                .query(Recipient.class)
                .single();
    }

    private Template template(long templateId) {
        return jdbc.sql(
                        """
                select t.name, t.pattern, t.introduction from survey_template t where t.id = :t
                """)
                .param("t", templateId)
                .query(Template.class)
                .single();
    }

    Map<String, Object> variables(
            Tone tone, Recipient to, Template template, int items, String token, Instant expires, boolean reminder) {
        Map<String, Object> v = new HashMap<>();
        v.put("greeting", tone.greeting(to.fullName().split(" ")[0]));
        v.put("invitation", tone.invitation());
        var length = SurveyLength.of(items);
        v.put("introduction", length.fill(template.introduction()));
        v.put("length", length.text());
        v.put("surveyName", template.name());
        v.put("link", mails.link("/respond/", token));
        v.put("expires", Dates.day(expires));
        v.put("closing", tone.closing());
        v.put("senderName", to.executive());
        v.put("reminder", reminder);
        return v;
    }
}
