package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Prepare → share the draft → the customer deselects and approves → send → answer through the link. */
@DatabaseTest
class SurveyFlowTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    CustomerLinks links;

    @Autowired
    SurveyJobs jobs;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    SurveyFixtures f;
    long account;
    long template;
    long contact;
    List<Long> items;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfig.START);
        f = new SurveyFixtures(data);
        long ae = f.signInAsAccountExecutive();
        account = f.account("Flow Co", ae);
        template = f.template();
        contact = f.contact(account);
        items = f.items(template);
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
        clock.set(TestClockConfig.START);
    }

    /** Prepared, shared, the first item deselected by the customer, approved and sent; returns the response token. */
    String sentWithFirstItemDeselected() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        String link = surveys.share(prepared);
        String draftToken = f.draftToken(contact);
        assertThat(link).endsWith("/draft/" + draftToken);

        links.reviewDraft(draftToken, items.subList(1, items.size()), Tone.WARM, "Skip competence, we are new.", true);

        var detail = surveys.preparation(prepared).orElseThrow();
        assertThat(detail.status()).isEqualTo(PreparationDetail.Status.APPROVED);
        assertThat(detail.tone()).isEqualTo(Tone.WARM);
        assertThat(detail.customerNote()).isEqualTo("Skip competence, we are new.");
        assertThat(surveys.send(prepared).sent()).isEqualTo(1);
        return f.responseToken(contact);
    }

    @Test
    void a_deselected_item_is_not_asked_and_not_stored() {
        String token = sentWithFirstItemDeselected();

        var form = links.responseForm(token);
        assertThat(form.state()).isEqualTo(LinkState.OPEN);
        assertThat(form.tone()).isEqualTo(Tone.WARM);
        assertThat(form.greeting()).startsWith("Hi ");
        assertThat(form.questions())
                .extracting(ResponseForm.Question::itemId)
                .containsExactlyElementsOf(items.subList(1, items.size()));

        assertThatThrownBy(() -> links.respond(token, List.of(new NewResponse.Answer(items.get(0), 5, 5)), 9, ""))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("is not part of this survey");
        assertThat(f.count("select count(*) from survey_response where account_id = " + account))
                .isZero();

        var answers = items.subList(1, items.size()).stream()
                .map(i -> new NewResponse.Answer(i, 6, 2))
                .toList();
        assertThat(links.respond(token, answers, 3, "Deliveries are late.")).isEqualTo(LinkState.OPEN);

        assertThat(f.count("select count(*) from response_answer a join survey_response r on r.id = a.response_id"
                        + " where r.account_id = " + account))
                .isEqualTo(items.size() - 1);
        assertThat(f.count("select count(*) from response_answer a join survey_response r on r.id = a.response_id"
                        + " where r.account_id = " + account + " and a.item_id = " + items.get(0)))
                .isZero();
        assertThat(f.count("select count(*) from survey_response where channel = 'SURVEY_LINK' and contact_id = "
                        + contact))
                .isEqualTo(1);
        assertThat(f.count("select count(*) from issue where account_id = " + account))
                .isPositive();
        assertThat(surveys.steps(account))
                .extracting(SurveyStep::kind)
                .containsExactly("RESPONDED", "SENT", "APPROVED", "CUSTOMER_FEEDBACK", "SHARED", "CREATED");
    }

    @Test
    void a_used_link_shows_already_answered_and_stores_nothing_more() {
        String token = sentWithFirstItemDeselected();
        var answers = List.of(new NewResponse.Answer(items.get(1), 6, 6));
        assertThat(links.respond(token, answers, 9, "")).isEqualTo(LinkState.OPEN);

        assertThat(links.respond(token, answers, 9, "")).isEqualTo(LinkState.USED);
        assertThat(links.responseForm(token).state()).isEqualTo(LinkState.USED);
        assertThat(f.count("select count(*) from survey_response where contact_id = " + contact))
                .isEqualTo(1);
    }

    @Test
    void a_link_expires_after_30_days_and_unknown_or_malformed_links_reveal_nothing() {
        String token = sentWithFirstItemDeselected();

        clock.advance(Duration.ofDays(30));
        assertThat(links.responseForm(token).state()).isEqualTo(LinkState.EXPIRED);
        assertThat(links.respond(token, List.of(new NewResponse.Answer(items.get(1), 6, 6)), 9, ""))
                .isEqualTo(LinkState.EXPIRED);
        assertThat(f.count("select count(*) from survey_response where contact_id = " + contact))
                .isZero();

        String unknown = LinkToken.issue().token();
        assertThat(links.responseForm(unknown)).isEqualTo(ResponseForm.closed(LinkState.UNKNOWN));
        assertThat(links.responseForm("../../etc/passwd").state()).isEqualTo(LinkState.UNKNOWN);
        assertThat(links.draft(unknown)).isEqualTo(DraftReview.closed(LinkState.UNKNOWN));
    }

    @Test
    void the_token_is_stored_only_as_its_hash() {
        String token = sentWithFirstItemDeselected();

        assertThat(token).hasSize(43);
        assertThat(f.count("select count(*) from survey_invitation where token_hash = '" + LinkToken.hash(token) + "'"))
                .isEqualTo(1);
        assertThat(f.count("select count(*) from survey_invitation i where i.token_hash like '%" + token + "%'"))
                .isZero();
        assertThat(f.count("select count(*) from information_schema.columns where table_name = 'survey_invitation'"
                        + " and column_name = 'token' and table_schema = current_schema()"))
                .isZero();
    }

    @Test
    void a_cancelled_survey_cannot_be_sent_and_its_draft_link_says_withdrawn() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        surveys.share(prepared);
        String draftToken = f.draftToken(contact);

        surveys.cancel(prepared);

        assertThat(links.draft(draftToken).state()).isEqualTo(LinkState.CANCELLED);
        assertThatThrownBy(() -> surveys.send(prepared))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("cancelled");
        assertThatThrownBy(() -> links.reviewDraft(draftToken, items, Tone.FORMAL, "", true))
                .isInstanceOf(SurveyRuleException.class);
    }

    @Test
    void a_scheduled_survey_is_sent_when_due_and_non_responders_get_one_reminder() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        surveys.schedule(prepared, TestClockConfig.START.plus(Duration.ofDays(2)));

        assertThat(jobs.runDue()).startsWith("0 sent");
        clock.advance(Duration.ofDays(2));
        assertThat(jobs.runDue()).startsWith("1 sent, 0 reminded");
        String first = f.responseToken(contact);

        clock.advance(Duration.ofDays(7));
        assertThat(jobs.runDue()).isEqualTo("0 sent, 1 reminded, 0 expired");
        assertThat(jobs.runDue()).isEqualTo("0 sent, 0 reminded, 0 expired");
        assertThat(f.count("select count(*) from outbox_mail where kind = 'REMINDER' and account_id = " + account))
                .isEqualTo(1);
        assertThat(links.responseForm(first).state()).isEqualTo(LinkState.OPEN);

        clock.advance(Duration.ofDays(30));
        assertThat(jobs.runDue()).isEqualTo("0 sent, 0 reminded, 1 expired");
        assertThat(links.responseForm(first).state()).isEqualTo(LinkState.EXPIRED);

        // the account page's history: every step with who did it, newest first
        assertThat(surveys.steps(account))
                .extracting(st -> st.kind() + " by " + (st.actor().endsWith("(customer)") ? "customer" : st.actor()))
                .containsExactly(
                        "EXPIRED by Touchpoint",
                        "REMINDED by Touchpoint",
                        "SENT by Touchpoint",
                        "SCHEDULED by " + executive(),
                        "CREATED by " + executive());
        assertThat(surveys.steps(account))
                .allSatisfy(st -> assertThat(st.occurredAt()).isNotNull());
        // the history reads the scheduled time as people do, in the company's format (issue 18 D18)
        assertThat(surveys.steps(account))
                .filteredOn(st -> st.kind().equals("SCHEDULED"))
                .extracting(SurveyStep::note)
                .containsExactly("for 15 May 2026, 10:00");
    }

    @Test
    void the_account_history_names_the_customer_for_their_steps_and_the_executive_for_a_cancel() {
        sentWithFirstItemDeselected();
        long other = f.contact(account);
        long second = surveys.prepare(account, template, null, List.of(other), other);
        surveys.cancel(second);

        assertThat(surveys.steps(account))
                .extracting(st -> st.kind() + " by " + (st.actor().endsWith("(customer)") ? "customer" : st.actor()))
                .containsExactly(
                        "CANCELLED by " + executive(),
                        "CREATED by " + executive(),
                        "SENT by " + executive(),
                        "APPROVED by customer",
                        "CUSTOMER_FEEDBACK by customer",
                        "SHARED by " + executive(),
                        "CREATED by " + executive());
    }

    @Test
    void the_customers_feedback_in_the_history_names_the_question_removed() {
        sentWithFirstItemDeselected();
        String first = data.jdbc()
                .sql("select question from survey_item where id = :i")
                .param("i", items.get(0))
                .query(String.class)
                .single();

        assertThat(surveys.steps(account))
                .filteredOn(st -> st.kind().equals("CUSTOMER_FEEDBACK"))
                .extracting(SurveyStep::note)
                .containsExactly("Tone warm; Removed question: '" + first + "'. Note: Skip competence, we are new.");
    }

    private String executive() {
        return data.jdbc()
                .sql(
                        "select u.full_name from app_user u join account a on a.account_executive_id = u.id where a.id = :a")
                .param("a", account)
                .query(String.class)
                .single();
    }

    @Test
    void an_empty_selection_is_refused_and_nothing_changes() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        surveys.share(prepared);
        String draftToken = f.draftToken(contact);

        assertThatThrownBy(() -> links.reviewDraft(draftToken, List.of(), Tone.FORMAL, "", true))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("at least one");
        assertThat(surveys.preparation(prepared).orElseThrow().status()).isEqualTo(PreparationDetail.Status.SHARED);
    }
}
