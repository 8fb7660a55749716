package cx.touchpoint.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unsubscribe page through the real filter chain, as a mailbox provider and a link scanner call it: a
 * GET shows the confirming page and changes nothing; an RFC 8058 one-click POST, with no session and no CSRF
 * token, unsubscribes.
 */
@DatabaseTest
@AutoConfigureMockMvc
class UnsubscribePageTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyService surveys;

    @Autowired
    TestData data;

    long contact;
    String path;

    @BeforeEach
    void setUp() {
        var ae = new IssueFixtures(data).signIn("ae.unsubscribe.page", Role.ACCOUNT_EXECUTIVE, null);
        long account = data.account("Unsubscribe Page Co", ae.id(), new BigDecimal("1000"), new BigDecimal("1000"));
        contact = data.contact(account, "Uma Unsubscriber");
        long template = data.relationshipTemplate("Unsubscribe page survey");
        surveys.send(surveys.prepare(account, template, null, List.of(contact), contact));
        String body = data.jdbc()
                .sql("select text_body from outbox_mail where contact_id = :c")
                .param("c", contact)
                .query(String.class)
                .single();
        var matcher = UNSUBSCRIBE.matcher(body);
        assertThat(matcher.find()).isTrue();
        path = matcher.group();
        IssueFixtures.signOut();
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void a_get_shows_the_confirming_page_and_unsubscribes_nobody() throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("<h1 id=\"title\">Unsubscribe from surveys</h1>")))
                .andExpect(content().string(Matchers.containsString("<form method=\"post\">")))
                .andExpect(content().string(Matchers.containsString("Unsubscribe me")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("vaadin"))))
                .andExpect(header().string("Content-Security-Policy", CustomerPageSecurity.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get(path)).andExpect(status().isOk());

        assertThat(optedOut()).isFalse();
    }

    @Test
    void a_one_click_post_without_session_or_csrf_token_unsubscribes() throws Exception {
        mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(Matchers.containsString("You are unsubscribed")));

        assertThat(optedOut()).isTrue();
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You are already unsubscribed")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<form"))));
    }

    @Test
    void an_unknown_link_is_not_found_and_names_nobody() throws Exception {
        mvc.perform(get("/unsubscribe/" + "B".repeat(43)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Link not found")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Uma"))));
        mvc.perform(post("/unsubscribe/" + "B".repeat(43))).andExpect(status().isNotFound());

        assertThat(optedOut()).isFalse();
    }

    private boolean optedOut() {
        return data.jdbc()
                .sql("select opted_out_at is not null from contact where id = :c")
                .param("c", contact)
                .query(Boolean.class)
                .single();
    }
}
