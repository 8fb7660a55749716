package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.mail.MailKind;
import cx.touchpoint.survey.mail.MailMessage;
import cx.touchpoint.survey.mail.Outbox;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 A 1-2, written as the failures occurred: an opted-out contact still got the reminder; a contact
 * who had answered (through the API, another invitation of the same survey) still got one. No SMTP server
 * here, so mails are held in the outbox.
 */
@DatabaseTest
class ConsentTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyJobs jobs;

    @Autowired
    CustomerLinks links;

    @Autowired
    Unsubscribes unsubscribes;

    @Autowired
    ResponseService responses;

    @Autowired
    Outbox outbox;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    SurveyFixtures f;
    long account;
    long template;
    long contact;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfig.START);
        f = new SurveyFixtures(data);
        account = f.account("Consent Co", f.signInAsAccountExecutive());
        template = f.template();
        contact = f.contact(account);
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
        clock.set(TestClockConfig.START);
    }

    private long sendTo(long... contacts) {
        List<Long> to = java.util.Arrays.stream(contacts).boxed().toList();
        long prepared = surveys.prepare(account, template, null, to, to.get(0));
        assertThat(surveys.send(prepared).sent()).isEqualTo(contacts.length);
        return prepared;
    }

    private long invitation(long prepared, long contactId) {
        return f.count("select id from survey_invitation where preparation_id = " + prepared + " and contact_id = "
                + contactId);
    }

    private long reminders(long contactId) {
        return f.count("select count(*) from outbox_mail where kind = 'REMINDER' and status <> 'SUPPRESSED'"
                + " and contact_id = " + contactId);
    }

    @Test
    void a_contact_who_unsubscribed_from_the_invitation_gets_no_reminder_from_the_job() {
        long other = f.contact(account);
        sendTo(contact, other);
        String unsubscribe = f.unsubscribeToken(contact, "INVITATION");
        clock.advance(Duration.ofDays(1));

        assertThat(unsubscribes.unsubscribe(unsubscribe)).isEqualTo(Unsubscribes.State.UNSUBSCRIBED);
        clock.advance(Duration.ofDays(7));

        assertThat(jobs.runDue()).isEqualTo("0 sent, 1 reminded, 0 expired");
        assertThat(reminders(contact)).isZero();
        assertThat(reminders(other))
                .as("the contact who did not opt out is reminded")
                .isEqualTo(1);
        assertThat(f.count("select count(*) from survey_invitation where reminded_at is not null and contact_id = "
                        + contact))
                .isZero();
        // the held invitation will not go out either, and says why
        assertThat(data.jdbc()
                        .sql("select status || ': ' || suppressed_reason from outbox_mail where contact_id = :c")
                        .param("c", contact)
                        .query(String.class)
                        .single())
                .isEqualTo("SUPPRESSED: opted out of surveys on 2026-05-14");
        assertThat(f.count("select count(*) from survey_step where kind = 'OPTED_OUT' and account_id = " + account))
                .isEqualTo(1);
    }

    @Test
    void a_contact_who_answered_through_the_api_gets_no_reminder() {
        sendTo(contact);
        clock.advance(Duration.ofDays(2));
        responses.record(apiResponse(null, clock.instant()));
        clock.advance(Duration.ofDays(6));

        assertThat(jobs.runDue()).isEqualTo("0 sent, 0 reminded, 0 expired");
        assertThat(reminders(contact)).isZero();
    }

    @Test
    void an_api_response_naming_the_invitation_marks_it_answered_and_no_reminder_follows() {
        long prepared = sendTo(contact);
        long invitation = invitation(prepared, contact);
        responses.record(apiResponse(invitation, null));
        clock.advance(Duration.ofDays(8));

        assertThat(jobs.runDue()).isEqualTo("0 sent, 0 reminded, 0 expired");
        assertThat(data.jdbc()
                        .sql("select status from survey_invitation where id = :i")
                        .param("i", invitation)
                        .query(String.class)
                        .single())
                .isEqualTo("RESPONDED");
    }

    @Test
    void an_answer_given_before_the_invitation_was_sent_does_not_count_as_answering_it() {
        clock.advance(Duration.ofDays(-200));
        responses.record(apiResponse(null, clock.instant()));
        clock.set(TestClockConfig.START);
        sendTo(contact);
        clock.advance(Duration.ofDays(8));

        assertThat(jobs.runDue()).isEqualTo("0 sent, 1 reminded, 0 expired");
    }

    @Test
    void a_contact_who_answered_another_invitation_of_the_same_survey_gets_no_reminder() {
        // no quiet period, so the same survey can reach the contact twice
        IssueFixtures.signOut();
        new IssueFixtures(data).signIn("admin.consent", Role.ADMIN, null);
        var settings = surveys.settings();
        var quiet = new java.util.EnumMap<SurveyPattern, Integer>(settings.quietDays());
        quiet.replaceAll((pattern, days) -> 0);
        surveys.updateSettings(new SurveySettings(
                quiet,
                settings.accountCap(),
                settings.reminderAfterDays(),
                settings.linkValidDays(),
                settings.version()));
        long first = sendTo(contact);
        clock.advance(Duration.ofDays(1));
        sendTo(contact);
        links.respond(
                f.responseToken(contact),
                List.of(new NewResponse.Answer(f.items(template).get(0), 6, 6)),
                9,
                "");
        clock.advance(Duration.ofDays(7));

        assertThat(jobs.runDue()).isEqualTo("0 sent, 0 reminded, 0 expired");
        assertThat(reminders(contact)).isZero();
        assertThat(invitation(first, contact)).isPositive();
    }

    @Test
    void a_reminder_held_in_the_outbox_is_suppressed_when_the_contact_answers_through_the_api() {
        sendTo(contact);
        clock.advance(Duration.ofDays(7));
        assertThat(jobs.runDue()).isEqualTo("0 sent, 1 reminded, 0 expired");

        responses.record(apiResponse(null, clock.instant()));

        assertThat(data.jdbc()
                        .sql("select status || ': ' || suppressed_reason from outbox_mail where kind = 'REMINDER'"
                                + " and contact_id = :c")
                        .param("c", contact)
                        .query(String.class)
                        .single())
                .isEqualTo("SUPPRESSED: already answered this survey on 2026-05-20");
    }

    @Test
    void an_opted_out_reviewer_is_not_sent_the_draft_and_nothing_is_stored() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        f.optOut(contact, TestClockConfig.START.minus(Duration.ofDays(3)));

        assertThatThrownBy(() -> surveys.share(prepared))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("The draft was not shared")
                .hasMessageContaining("opted out of surveys on 2026-05-10");
        assertThat(f.count("select count(*) from outbox_mail where contact_id = " + contact))
                .isZero();
        assertThat(surveys.preparation(prepared).orElseThrow().status()).isEqualTo(PreparationDetail.Status.DRAFT);
    }

    @Test
    void a_scheduled_survey_skips_a_contact_who_opted_out_after_it_was_scheduled() {
        long other = f.contact(account);
        long prepared = surveys.prepare(account, template, null, List.of(contact, other), other);
        surveys.schedule(prepared, TestClockConfig.START.plus(Duration.ofDays(2)));
        f.optOut(contact, TestClockConfig.START.plus(Duration.ofDays(1)));
        clock.advance(Duration.ofDays(2));

        assertThat(jobs.runDue()).startsWith("1 sent");
        assertThat(f.count("select count(*) from outbox_mail where contact_id = " + contact))
                .isZero();
    }

    @Test
    void the_unsubscribe_link_changes_nothing_until_confirmed_and_is_idempotent() {
        sendTo(contact);
        String token = f.unsubscribeToken(contact, "INVITATION");

        assertThat(unsubscribes.state(token)).isEqualTo(Unsubscribes.State.SUBSCRIBED);
        assertThat(f.count("select count(*) from contact where opted_out_at is not null and id = " + contact))
                .isZero();
        assertThat(unsubscribes.unsubscribe(token)).isEqualTo(Unsubscribes.State.UNSUBSCRIBED);
        assertThat(unsubscribes.unsubscribe(token)).isEqualTo(Unsubscribes.State.UNSUBSCRIBED);
        assertThat(unsubscribes.state(token)).isEqualTo(Unsubscribes.State.UNSUBSCRIBED);
        assertThat(f.count("select count(*) from survey_step where kind = 'OPTED_OUT' and account_id = " + account))
                .isEqualTo(1);
        assertThat(unsubscribes.state("A".repeat(43))).isEqualTo(Unsubscribes.State.UNKNOWN);
        assertThat(unsubscribes.unsubscribe("../etc")).isEqualTo(Unsubscribes.State.UNKNOWN);
    }

    @Test
    void the_unsubscribe_link_cannot_answer_the_survey_but_an_old_mails_answer_link_still_unsubscribes() {
        sendTo(contact);
        String unsubscribe = f.unsubscribeToken(contact, "INVITATION");
        String respond = f.responseToken(contact);

        assertThat(links.responseForm(unsubscribe).state()).isEqualTo(LinkState.UNKNOWN);
        assertThat(unsubscribes.unsubscribe(respond)).isEqualTo(Unsubscribes.State.UNSUBSCRIBED);
    }

    @Test
    void a_mail_put_in_the_outbox_for_an_opted_out_contact_by_any_code_is_stored_not_sent_and_without_links() {
        f.optOut(contact, TestClockConfig.START.minus(Duration.ofDays(1)));
        String link = "https://touchpoint.test/respond/" + "C".repeat(43);

        long id = outbox.put(
                new Outbox.Envelope(
                        MailKind.INVITATION,
                        account,
                        null,
                        null,
                        null,
                        "Someone",
                        contact,
                        "someone@customer.example",
                        "https://touchpoint.test/unsubscribe/" + "D".repeat(43)),
                new MailMessage("Hello", "Answer: " + link, "<a href=\"" + link + "\">Answer</a>"));

        var row = data.jdbc()
                .sql("select status, suppressed_reason, text_body, html_body, unsubscribe_url from outbox_mail"
                        + " where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("SUPPRESSED");
        assertThat(row.get("suppressed_reason")).isEqualTo("opted out of surveys on 2026-05-12");
        assertThat(row.get("text_body")).isEqualTo("Answer: [link removed]");
        assertThat(row.get("html_body")).isEqualTo("<a href=\"[link removed]\">Answer</a>");
        assertThat(row.get("unsubscribe_url")).isNull();
    }

    private NewResponse apiResponse(Long invitationId, Instant at) {
        return new NewResponse(
                template,
                account,
                contact,
                null,
                invitationId,
                null,
                NewResponse.Channel.API,
                9,
                "",
                at,
                List.of(new NewResponse.Answer(f.items(template).get(0), 6, 6)));
    }
}
