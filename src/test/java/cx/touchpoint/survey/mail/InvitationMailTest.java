package cx.touchpoint.survey.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.LinkState;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** GreenMail as a real SMTP server: the invitation arrives, in HTML and text, and its link opens the survey. */
@DatabaseTest
class InvitationMailTest {

    private static final int PORT = freePort();
    private static final Pattern LINK = Pattern.compile("http://touchpoint\\.test/respond/([A-Za-z0-9_-]{43})");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("touchpoint.public-url", () -> "http://touchpoint.test");
        registry.add("touchpoint.mail.dispatch-delay", () -> "PT1H");
    }

    @Autowired
    SurveyService surveys;

    @Autowired
    CustomerLinks links;

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
        var ae = new IssueFixtures(data).signIn("ae.mail", Role.ACCOUNT_EXECUTIVE, null);
        long account = data.account("Mail Co", ae.id(), new BigDecimal("1000"), new BigDecimal("1000"));
        contact = data.contact(account, "Robin Receiver");
        long template = data.relationshipTemplate("Mail test survey");
        prepared = surveys.prepare(account, template, null, List.of(contact), contact);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        IssueFixtures.signOut();
        clock.set(TestClockConfig.START);
    }

    @Test
    void the_invitation_arrives_with_html_text_and_a_link_that_opens_the_survey() throws Exception {
        assertThat(surveys.send(prepared).sent()).isEqualTo(1);
        assertThat(status()).isEqualTo("PENDING");

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String recipient = data.jdbc()
                .sql("select email from contact where id = " + contact)
                .query(String.class)
                .single();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(recipient);
        assertThat(mail.getFrom()[0].toString()).contains("Test ae.mail");
        assertThat(mail.getSubject()).isEqualTo("Mail test survey: how are we doing?");
        long outboxId = data.jdbc()
                .sql("select id from outbox_mail where kind = 'INVITATION' and preparation_id = " + prepared)
                .query(Long.class)
                .single();
        // the same on every attempt and node: a copy sent twice (a node killed after SMTP, before its commit) is one
        // mail
        assertThat(mail.getMessageID()).startsWith("<outbox-" + outboxId + "@");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Hello Robin,", "text/html", "text/plain", "/unsubscribe/");
        var link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(links.responseForm(link.group(1)).state()).isEqualTo(LinkState.OPEN);
        assertThat(status()).isEqualTo("SENT");
    }

    @Test
    void a_failed_send_is_retried_with_backoff_and_the_error_is_kept() {
        surveys.send(prepared);
        smtp.stop();

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(status()).isEqualTo("PENDING");
        assertThat(data.jdbc()
                        .sql("select attempts from outbox_mail where preparation_id = " + prepared)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(data.jdbc()
                        .sql("select last_error from outbox_mail where preparation_id = " + prepared)
                        .query(String.class)
                        .single())
                .isNotBlank();

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(dispatcher.dispatchDue()).as("not due before the backoff").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(status()).isEqualTo("SENT");
    }

    private String status() {
        return data.jdbc()
                .sql("select status from outbox_mail where kind = 'INVITATION' and preparation_id = " + prepared)
                .query(String.class)
                .single();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
