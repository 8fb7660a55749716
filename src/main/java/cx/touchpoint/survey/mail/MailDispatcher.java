package cx.touchpoint.survey.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the outbox's pending mails through the configured SMTP server. A failed mail is retried with
 * exponential backoff (1, 2, 4, 8 minutes) and marked {@code FAILED} after {@value #MAX_ATTEMPTS}
 * attempts; the error stays on the mail for the Outbox view. Does nothing without an SMTP host.
 *
 * <p>Right before sending, the consent rule (SQL {@code mail_refusal}) is asked again: a contact who opted
 * out after the mail was queued, or answered the survey a reminder is about, gets nothing; the mail is
 * {@code SUPPRESSED} with the reason. Every mail carries RFC 8058 one-click unsubscribe headers. Once a mail
 * has been handed to SMTP (or has failed for good, or was suppressed) its stored bodies keep no working
 * link (SQL {@code mail_without_links}).
 */
@Component
public class MailDispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String unsubscribeMailbox;

    MailDispatcher(
            JdbcClient jdbc,
            Outbox outbox,
            Clock clock,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${touchpoint.mail.from:surveys@touchpoint.example}") String from,
            @Value("${touchpoint.mail.unsubscribe-mailbox:}") String unsubscribeMailbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.mailSender = mailSender;
        this.from = from;
        this.unsubscribeMailbox = unsubscribeMailbox.strip();
    }

    @Scheduled(fixedDelayString = "${touchpoint.mail.dispatch-delay:PT15S}")
    void scheduled() {
        dispatchDue();
    }

    /** Sends the mails that are due; returns how many were sent. */
    @Transactional
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        record Due(
                long id,
                String senderName,
                String recipient,
                String subject,
                String textBody,
                String htmlBody,
                String unsubscribeUrl,
                int attempts,
                String refusal) {}
        Instant now = clock.instant();
        List<Due> due = jdbc.sql(
                        """
                select id, sender_name, recipient, subject, text_body, html_body, unsubscribe_url, attempts,
                mail_refusal(contact_id, kind, invitation_id) as refusal
                from outbox_mail where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id limit 50 for update skip locked
                """)
                .param("now", Timestamp.from(now))
                .query(Due.class)
                .list();
        int sent = 0;
        for (Due mail : due) {
            if (mail.refusal() != null) {
                log.info("Mail #{} not sent: the contact {}", mail.id(), mail.refusal());
                outbox.suppress(mail.id(), mail.refusal());
                continue;
            }
            try {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(new InternetAddress(from, mail.senderName(), "UTF-8"));
                helper.setTo(mail.recipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.textBody(), mail.htmlBody());
                listUnsubscribe(mail.unsubscribeUrl()).ifPresent(value -> {
                    try {
                        // folded at the commas, so no header line is longer than RFC 5322 recommends
                        message.setHeader("List-Unsubscribe", MimeUtility.fold("List-Unsubscribe: ".length(), value));
                        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                });
                sender.send(message);
                jdbc.sql("update outbox_mail set status = 'SENT', sent_at = :now, attempts = attempts + 1,"
                                + " last_error = '', next_attempt_at = null, version = version + 1,"
                                + Outbox.WITHOUT_LINKS + "where id = :id")
                        .param("now", Timestamp.from(now))
                        .param("id", mail.id())
                        .update();
                sent++;
            } catch (RuntimeException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
                failed(mail.id(), mail.attempts() + 1, e, now);
            }
        }
        return sent;
    }

    /**
     * The List-Unsubscribe value (RFC 2369, one-click per RFC 8058): the mail's https URL, then a {@code
     * mailto:} to the configured unsubscribe mailbox with the same link in its subject, if one is set.
     */
    Optional<String> listUnsubscribe(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String value = "<" + url + ">";
        if (!unsubscribeMailbox.isEmpty()) {
            value += ", <mailto:" + unsubscribeMailbox + "?subject="
                    + URLEncoder.encode("unsubscribe " + url, StandardCharsets.UTF_8)
                            .replace("+", "%20") + ">";
        }
        return Optional.of(value);
    }

    private void failed(long id, int attempts, Exception e, Instant now) {
        boolean last = attempts >= MAX_ATTEMPTS;
        String error = String.valueOf(e.getMessage());
        log.warn("Mail #{} failed (attempt {} of {}): {}", id, attempts, MAX_ATTEMPTS, error);
        jdbc.sql(
                        """
                update outbox_mail set attempts = :n, last_error = :e, status = :s, next_attempt_at = :next,
                unsubscribe_url = case when :s = 'FAILED' then null else unsubscribe_url end,
                text_body = case when :s = 'FAILED' then mail_without_links(text_body) else text_body end,
                html_body = case when :s = 'FAILED' then mail_without_links(html_body) else html_body end,
                version = version + 1 where id = :id
                """)
                .param("n", attempts)
                .param("e", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("s", last ? "FAILED" : "PENDING")
                .param("next", last ? null : Timestamp.from(now.plus(backoff(attempts))))
                .param("id", id)
                .update();
    }

    /** 1 minute after the first failure, doubling each time. */
    static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
    }
}
