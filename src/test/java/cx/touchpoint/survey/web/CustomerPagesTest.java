package cx.touchpoint.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The customers' server-rendered pages through HTTP as a browser sends them: the draft review and
 * the answer page, their validation beside each field, single use, CSRF, and the closed-link pages.
 */
@DatabaseTest
@AutoConfigureMockMvc
class CustomerPagesTest {

    private static final Pattern LINK = Pattern.compile("/(respond|draft)/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    SurveyService surveys;

    long account;
    long contact;
    long template;
    List<Long> items;

    @BeforeEach
    void setUp() {
        var ae = new IssueFixtures(data).signIn("ae.customer.pages", Role.ACCOUNT_EXECUTIVE, null);
        account = data.account("Pages Co", ae.id(), new BigDecimal("5000"), new BigDecimal("9000"));
        contact = data.contact(account, "Vera Viewer");
        template = data.relationshipTemplate("Pages relationship survey");
        items = data.jdbc()
                .sql("select id from survey_item where template_id = :t order by position")
                .param("t", template)
                .query(Long.class)
                .list();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_customer_removes_a_question_and_approves_and_the_mail_and_page_count_what_is_kept() throws Exception {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        String draft = "/draft/" + token(surveys.share(prepared));
        var ae = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();

        Document page = html(mvc.perform(get(draft)).andReturn().getResponse(), 200);
        assertThat(page.select("fieldset#keep input[type=checkbox][checked]")).hasSize(items.size());
        assertThat(page.select("#draft-length").text()).isEqualTo("Now: 6 questions, about 2 minutes.");
        assertThat(page.select("#draft-length").attr("data-lengths")).contains("5 questions, about 2 minutes");

        var kept = items.subList(1, items.size()).stream().map(String::valueOf).toArray(String[]::new);
        var sent = mvc.perform(post(draft)
                        .with(csrf())
                        .param("keep", kept)
                        .param("tone", "WARM")
                        .param("note", "Skip the first one, we are new.")
                        .param("action", "approve"))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo(draft + "?done=approved");
        page = html(mvc.perform(get(draft + "?done=approved")).andReturn().getResponse(), 200);
        assertThat(page.select("#draft-done").text()).contains("approved");
        assertThat(page.select("#draft-length").text()).isEqualTo("Now: 5 questions, about 2 minutes.");
        assertThat(page.select("input[name=tone][checked]").val()).isEqualTo("WARM");

        // the reviewer sees how the questions will be asked: the answer page with what is kept now, sending nothing
        assertThat(page.select("#draft-preview").attr("href")).isEqualTo(draft + "/preview");
        Document preview = html(mvc.perform(get(draft + "/preview")).andReturn().getResponse(), 200);
        assertThat(preview.select("#preview-note").text()).contains("Nothing you enter on this page is sent");
        assertThat(preview.select("fieldset.question")).hasSize(5);
        assertThat(preview.select("#survey-length").text()).isEqualTo("5 questions, about 2 minutes.");
        assertThat(preview.select("#respond-submit")).isEmpty();
        assertThat(preview.select("#respond-form").attr("method")).isEqualTo("get");

        SecurityContextHolder.getContext().setAuthentication(ae);
        assertThat(surveys.send(prepared).sent()).isEqualTo(1);
        String mail = invitationMail(prepared);
        assertThat(mail).contains("5 questions, about 2 minutes.").doesNotContain("6 questions");
        SecurityContextHolder.clearContext();

        page = html(mvc.perform(get("/respond/" + token(mail))).andReturn().getResponse(), 200);
        assertThat(page.select("#survey-length").text()).isEqualTo("5 questions, about 2 minutes.");
        assertThat(page.select("fieldset.question")).hasSize(5);
        assertThat(page.select("fieldset.question > legend").text()).doesNotContain("competence");

        // the draft link, once the survey went out, says so and what happens next, not "Already answered"
        Document sentDraft = html(mvc.perform(get(draft)).andReturn().getResponse(), 410);
        assertThat(sentDraft.select("#link-sent h1").text()).isEqualTo("This survey has been sent");
        assertThat(sentDraft.select("#link-sent").text())
                .contains("receives their own mail with a personal link")
                .doesNotContain("Already answered");
    }

    @Test
    void a_draft_without_any_question_kept_is_refused_beside_the_questions_and_nothing_changes() throws Exception {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        String draft = "/draft/" + token(surveys.share(prepared));
        SecurityContextHolder.clearContext();

        var refused = mvc.perform(post(draft)
                        .with(csrf())
                        .param("tone", "FORMAL")
                        .param("note", "x".repeat(10))
                        .param("action", "approve"))
                .andReturn()
                .getResponse();
        Document page = html(refused, 422);
        assertThat(page.select("fieldset#keep .field-error").text()).contains("Keep at least one question.");
        assertThat(page.select("#error-summary a[href=#keep]").text()).isEqualTo("Keep at least one question.");
        assertThat(page.select("textarea#note").text()).isEqualTo("xxxxxxxxxx");
        assertThat(data.jdbc()
                        .sql("select status from survey_preparation where id = :p")
                        .param("p", prepared)
                        .query(String.class)
                        .single())
                .isEqualTo("SHARED");
    }

    @Test
    void the_answer_page_asks_each_scale_as_a_fieldset_on_one_line_of_radio_buttons() throws Exception {
        String respond = "/respond/" + sentToken();

        Document page = html(mvc.perform(get(respond)).andReturn().getResponse(), 200);
        assertThat(page.select("script[src]").attr("src")).isEqualTo("/customer/customer.js");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("form#respond-form[method=post] input[name=_csrf]"))
                .hasSize(1);
        var first = page.select("fieldset#item-" + items.get(0)).first();
        assertThat(first.selectFirst("legend").text()).isEqualTo("1. How do you rate our competence?");
        var expected = first.select("fieldset#item-" + items.get(0) + "-expected");
        assertThat(expected.select("legend").text()).isEqualTo("What you expected");
        assertThat(expected.select("input[type=radio]").eachAttr("value"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(expected.hasClass("options-7")).isTrue();
        assertThat(page.select("fieldset#nps input[type=radio]")).hasSize(11);
        assertThat(page.select("textarea#comment").attr("maxlength")).isEqualTo("4000");
    }

    @Test
    void a_valid_answer_is_stored_once_and_the_replayed_link_is_refused_with_a_clear_page() throws Exception {
        String respond = "/respond/" + sentToken();

        var sent = mvc.perform(answers(post(respond).with(csrf()), 6, 2)
                        .param("nps", "3")
                        .param("comment", "Deliveries were late twice."))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo(respond + "/thanks");
        assertThat(html(mvc.perform(get(respond + "/thanks")).andReturn().getResponse(), 200)
                        .select("#respond-thanks h1")
                        .text())
                .isEqualTo("Thank you");
        assertThat(count("select count(*) from survey_response where contact_id = " + contact))
                .isEqualTo(1);
        assertThat(count("select count(*) from response_answer a join survey_response r on r.id = a.response_id"
                        + " where r.contact_id = " + contact + " and a.expected = 6 and a.experienced = 2"))
                .isEqualTo(6);
        assertThat(count("select nps from survey_response where contact_id = " + contact))
                .isEqualTo(3);

        Document replay = html(
                mvc.perform(answers(post(respond).with(csrf()), 7, 7))
                        .andReturn()
                        .getResponse(),
                410);
        assertThat(replay.select("#link-used h1").text()).isEqualTo("Already answered");
        assertThat(replay.text()).doesNotContain("Pages Co");
        assertThat(html(mvc.perform(get(respond)).andReturn().getResponse(), 410)
                        .select("#link-used")
                        .text())
                .contains("already been used");
        assertThat(count("select count(*) from survey_response where contact_id = " + contact))
                .isEqualTo(1);
    }

    @Test
    void an_invalid_value_is_shown_beside_its_field_the_form_comes_back_filled_in_and_nothing_is_stored()
            throws Exception {
        long standard = data.jdbc()
                .sql("insert into service_standard (code, name, cue_id, unit, direction, target_value) values"
                        + " ('pages_first_reply', 'Pages first reply', (select id from perception_cue where code ="
                        + " 'responsiveness'), 'h', 'LOWER_IS_BETTER', 4) returning id")
                .query(Long.class)
                .single();
        long linked = data.itemId(template, "responsiveness");
        data.jdbc()
                .sql("update survey_item set standard_id = :s where id = :i")
                .param("s", standard)
                .param("i", linked)
                .update();
        String respond = "/respond/" + sentToken();
        long half = items.get(0);
        int linkedNumber = items.indexOf(linked) + 1;

        var refused = mvc.perform(post(respond)
                        .with(csrf())
                        .param("item." + half + ".expected", "5")
                        .param("item." + linked + ".expected", "6")
                        .param("item." + linked + ".experienced", "2")
                        .param("item." + linked + ".expectedValue", "2")
                        .param("item." + linked + ".perceivedValue", "-1")
                        .param("nps", "4")
                        .param("comment", "Kept as typed."))
                .andReturn()
                .getResponse();
        Document page = html(refused, 422);
        assertThat(page.title()).startsWith("Please check your answers");
        assertThat(page.select("fieldset#item-" + half + " > .field-error").text())
                .isEqualTo("Error: Question 1: choose both what you expected and what you experienced.");
        assertThat(page.select("fieldset#item-" + half).attr("aria-describedby"))
                .isEqualTo("item-" + half + "-error");
        assertThat(page.select("#item-" + half + "-expected-5").hasAttr("checked"))
                .isTrue();
        // the first problem stops the form before the value's own check; fix it, and the value's comes next
        assertThat(page.select("#nps-4").hasAttr("checked")).isTrue();
        assertThat(page.select("textarea#comment").text()).isEqualTo("Kept as typed.");
        assertThat(count("select count(*) from survey_response where contact_id = " + contact))
                .isZero();

        refused = mvc.perform(post(respond)
                        .with(csrf())
                        .param("item." + linked + ".expected", "6")
                        .param("item." + linked + ".experienced", "2")
                        .param("item." + linked + ".expectedValue", "2")
                        .param("item." + linked + ".perceivedValue", "-1"))
                .andReturn()
                .getResponse();
        page = html(refused, 422);
        String valueField = "item-" + linked + "-perceivedValue";
        assertThat(page.select("#" + valueField)
                        .parents()
                        .first()
                        .select(".field-error")
                        .text())
                .isEqualTo("Error: The experienced value of question " + linkedNumber + " cannot be negative.");
        assertThat(page.select("#" + valueField).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#" + valueField).val()).isEqualTo("-1");
        assertThat(page.select("#error-summary a[href=#" + valueField + "]")).hasSize(1);
        assertThat(count("select count(*) from survey_response where contact_id = " + contact))
                .isZero();

        page = html(
                mvc.perform(post(respond)
                                .with(csrf())
                                .param("item." + linked + ".expected", "6")
                                .param("item." + linked + ".experienced", "2")
                                .param("item." + linked + ".perceivedValue", "three"))
                        .andReturn()
                        .getResponse(),
                422);
        assertThat(page.select("#item-" + linked + "-perceivedValue-error").text())
                .isEqualTo("Error: \"three\" is not a number: write it like 4 or 2.5.");

        var stored = mvc.perform(post(respond)
                        .with(csrf())
                        .param("item." + linked + ".expected", "6")
                        .param("item." + linked + ".experienced", "2")
                        .param("item." + linked + ".expectedValue", "2")
                        .param("item." + linked + ".perceivedValue", "30,5"))
                .andReturn()
                .getResponse();
        assertThat(stored.getStatus()).isEqualTo(302);
        assertThat(data.jdbc()
                        .sql("select a.expected_value::text || ' / ' || a.perceived_value::text from response_answer a"
                                + " join survey_response r on r.id = a.response_id where r.contact_id = :c")
                        .param("c", contact)
                        .query(String.class)
                        .single())
                .isEqualTo("2.0000 / 30.5000");
    }

    @Test
    void an_empty_form_is_refused_with_a_specific_message() throws Exception {
        String respond = "/respond/" + sentToken();

        Document page = html(mvc.perform(post(respond).with(csrf())).andReturn().getResponse(), 422);
        assertThat(page.select("#error-summary li").text())
                .isEqualTo("The response is empty: no answers, no likelihood to recommend, no comment.");
        assertThat(count("select count(*) from survey_response where contact_id = " + contact))
                .isZero();
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_with_a_page_that_says_so_and_stores_nothing() throws Exception {
        String respond = "/respond/" + sentToken();

        for (var request :
                List.of(answers(post(respond), 6, 2), answers(post(respond).with(csrf().useInvalidToken()), 6, 2))) {
            var refused = mvc.perform(request).andReturn().getResponse();
            assertThat(refused.getForwardedUrl()).isEqualTo(CustomerPageProblems.FORM_EXPIRED);
        }
        // MockMvc does not follow forwards (nor keeps the status set before one): the page shown there
        Document page = html(
                mvc.perform(get(CustomerPageProblems.FORM_EXPIRED)).andReturn().getResponse(), 403);
        assertThat(page.select("h1").text()).isEqualTo("Please send the form again");
        assertThat(page.text()).contains("Nothing was saved");
        assertThat(count("select count(*) from survey_response where contact_id = " + contact))
                .isZero();
        assertThat(html(mvc.perform(get(respond)).andReturn().getResponse(), 200)
                        .select("#respond-submit"))
                .hasSize(1);
    }

    @Test
    void unknown_and_malformed_links_show_a_friendly_page_that_names_no_account() throws Exception {
        for (String path : List.of("/respond/" + "x".repeat(43), "/respond/not-a-token", "/draft/not-a-token")) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            Document page = html(response, 404);
            assertThat(page.select("#link-unknown h1").text()).isEqualTo("Link not found");
            assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
            assertThat(response.getCookies()).noneMatch(c -> c.getName().equals("JSESSIONID"));
        }
    }

    private MockHttpServletRequestBuilder answers(
            MockHttpServletRequestBuilder request, int expected, int experienced) {
        for (long item : items) {
            request.param("item." + item + ".expected", String.valueOf(expected))
                    .param("item." + item + ".experienced", String.valueOf(experienced));
        }
        return request;
    }

    /** A sent invitation to the contact, all questions kept; signs out like a customer. */
    private String sentToken() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        assertThat(surveys.send(prepared).sent()).isEqualTo(1);
        String token = token(invitationMail(prepared));
        SecurityContextHolder.clearContext();
        return token;
    }

    private String invitationMail(long prepared) {
        return data.jdbc()
                .sql("select text_body from outbox_mail where kind = 'INVITATION' and preparation_id = :p")
                .param("p", prepared)
                .query(String.class)
                .single();
    }

    private long count(String sql) {
        return data.jdbc().sql(sql).query(Long.class).single();
    }

    private static Document html(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("text/html");
        return Jsoup.parse(response.getContentAsString());
    }

    private static String token(String text) {
        var m = LINK.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(2);
    }
}
