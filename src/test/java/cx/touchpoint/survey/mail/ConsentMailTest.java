package cx.touchpoint.survey.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.LinkState;
import cx.touchpoint.survey.SurveyJobs;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.Unsubscribes;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * GreenMail as the SMTP server: every survey mail carries RFC 8058 one-click unsubscribe headers; the
 * stored copy of a sent mail keeps no working link while the recipient's copy works; a contact who opted out
 * between queueing and dispatch gets nothing.
 */
@DatabaseTest
class ConsentMailTest {

    private static final int PORT = freePort();
    private static final Pattern TOKEN_LINK = Pattern.compile("/(respond|draft|unsubscribe)/[A-Za-z0-9_-]{43}");
    private static final Pattern HEADER = Pattern.compile(
            "<(https://touchpoint\\.test/unsubscribe/([A-Za-z0-9_-]{43}))>, <mailto:unsubscribe@touchpoint\\.test"
                    + "\\?subject=([^>]+)>");
    private static final Pattern RESPOND = Pattern.compile("https://touchpoint\\.test/respond/([A-Za-z0-9_-]{43})");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("touchpoint.public-url", () -> "https://touchpoint.test");
        registry.add("touchpoint.mail.unsubscribe-mailbox", () -> "unsubscribe@touchpoint.test");
        registry.add("touchpoint.mail.dispatch-delay", () -> "PT1H");
    }

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyJobs jobs;

    @Autowired
    CustomerLinks links;

    @Autowired
    Unsubscribes unsubscribes;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    GreenMail smtp;
    long contact;
    long prepared;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfig.START);
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var ae = new IssueFixtures(data).signIn("ae.consent", Role.ACCOUNT_EXECUTIVE, null);
        long account = data.account("Consent Mail Co", ae.id(), new BigDecimal("1000"), new BigDecimal("1000"));
        contact = data.contact(account, "Robin Receiver");
        long template = data.relationshipTemplate("Consent mail survey");
        prepared = surveys.prepare(account, template, null, List.of(contact), contact);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        IssueFixtures.signOut();
        clock.set(TestClockConfig.START);
    }

    @Test
    void the_draft_the_invitation_and_the_reminder_each_carry_one_click_unsubscribe_headers() throws Exception {
        surveys.share(prepared);
        surveys.send(prepared);
        clock.advance(Duration.ofDays(7));
        assertThat(jobs.runDue()).isEqualTo("0 sent, 1 reminded, 0 expired");

        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(smtp.waitForIncomingEmail(5_000, 3)).isTrue();

        var received = smtp.getReceivedMessages();
        assertThat(received)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        "Please review our survey before we send it: Consent mail survey",
                        "Consent mail survey: how are we doing?",
                        "Reminder: Consent mail survey: how are we doing?");
        var tokens = new java.util.HashSet<String>();
        for (MimeMessage mail : received) {
            String header = MimeUtility.unfold(mail.getHeader("List-Unsubscribe", ","));
            assertThat(mail.getHeader("List-Unsubscribe", ",").lines())
                    .as("folded at the comma, every line within the RFC 5322 limit")
                    .hasSize(2)
                    .allMatch(line -> line.length() <= 998);
            var parts = HEADER.matcher(header);
            assertThat(parts.matches()).as(mail.getSubject() + ": " + header).isTrue();
            assertThat(URLDecoder.decode(parts.group(3), StandardCharsets.UTF_8))
                    .isEqualTo("unsubscribe " + parts.group(1));
            assertThat(mail.getHeader("List-Unsubscribe-Post", ",")).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(GreenMailUtil.getBody(mail))
                    .as("the footer has the same link")
                    .contains(parts.group(1));
            tokens.add(parts.group(2));
        }
        assertThat(tokens).as("each mail has its own unsubscribe link").hasSize(3);
        assertThat(unsubscribes.state(tokens.iterator().next())).isEqualTo(Unsubscribes.State.SUBSCRIBED);
    }

    @Test
    void once_sent_the_stored_mail_keeps_no_working_link_but_the_recipients_copy_works() throws Exception {
        surveys.send(prepared);
        assertThat(stored().get("text_body").toString()).containsPattern(TOKEN_LINK);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var stored = stored();
        assertThat(stored.get("status")).isEqualTo("SENT");
        for (String body : List.of(
                stored.get("text_body").toString(), stored.get("html_body").toString())) {
            assertThat(body).doesNotContainPattern(TOKEN_LINK).contains("[link removed]");
        }
        assertThat(stored.get("unsubscribe_url")).isNull();
        var link = RESPOND.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
        assertThat(link.find()).isTrue();
        assertThat(links.responseForm(link.group(1)).state()).isEqualTo(LinkState.OPEN);
    }

    @Test
    void a_contact_who_opts_out_after_the_mail_was_queued_is_not_sent_it() {
        surveys.send(prepared);
        assertThat(stored().get("status")).isEqualTo("PENDING");
        // opted out by another path than the link (e.g. told their account executive), before dispatch
        data.jdbc()
                .sql("update contact set opted_out_at = :at where id = :c")
                .param("at", Timestamp.from(TestClockConfig.START))
                .param("c", contact)
                .update();

        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        var stored = stored();
        assertThat(stored.get("status")).isEqualTo("SUPPRESSED");
        assertThat(stored.get("suppressed_reason")).isEqualTo("opted out of surveys on 2026-05-13");
        assertThat(stored.get("text_body").toString()).doesNotContainPattern(TOKEN_LINK);
        assertThat(dispatcher.dispatchDue()).as("never retried").isZero();
    }

    @Test
    void a_contact_who_unsubscribes_through_the_link_before_dispatch_is_not_sent_the_reminder() {
        surveys.send(prepared);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        String header = header(0);
        clock.advance(Duration.ofDays(7));
        assertThat(jobs.runDue()).isEqualTo("0 sent, 1 reminded, 0 expired");

        var token = HEADER.matcher(header);
        assertThat(token.matches()).isTrue();
        assertThat(unsubscribes.unsubscribe(token.group(2))).isEqualTo(Unsubscribes.State.UNSUBSCRIBED);

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(data.jdbc()
                        .sql("select suppressed_reason from outbox_mail where kind = 'REMINDER' and contact_id = :c")
                        .param("c", contact)
                        .query(String.class)
                        .single())
                .isEqualTo("opted out of surveys on 2026-05-20");
    }

    private String header(int index) {
        try {
            assertThat(smtp.waitForIncomingEmail(5_000, index + 1)).isTrue();
            return MimeUtility.unfold(smtp.getReceivedMessages()[index].getHeader("List-Unsubscribe", ","));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> stored() {
        return data.jdbc()
                .sql("select status, text_body, html_body, unsubscribe_url, suppressed_reason from outbox_mail"
                        + " where kind = 'INVITATION' and preparation_id = :p")
                .param("p", prepared)
                .query()
                .singleRow();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
