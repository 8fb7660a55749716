package cx.touchpoint.survey.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
    /** Mails sent at most in one run (the next run, {@code touchpoint.mail.dispatch-delay} later, goes on). */
    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String unsubscribeMailbox;
    private final String messageIdHost;
    private final TransactionTemplate tx;

    MailDispatcher(
            JdbcClient jdbc,
            Outbox outbox,
            Clock clock,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${touchpoint.mail.from:surveys@touchpoint.example}") String from,
            @Value("${touchpoint.mail.unsubscribe-mailbox:}") String unsubscribeMailbox,
            @Value("${touchpoint.public-url:http://localhost}") String publicUrl,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.mailSender = mailSender;
        this.from = from;
        this.unsubscribeMailbox = unsubscribeMailbox.strip();
        String host = java.net.URI.create(publicUrl.strip()).getHost();
        this.messageIdHost = host == null ? "touchpoint" : host;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${touchpoint.mail.dispatch-delay:PT15S}")
    void scheduled() {
        dispatchDue();
    }

    /**
     * Sends the mails that are due, at most {@value #BATCH} a run; returns how many were sent. Each mail is its own
     * transaction: its row is claimed with {@code for update skip locked} (another node's dispatcher passes over it
     * and takes the next), handed to SMTP, marked sent and committed. A node that dies between the SMTP hand-over
     * and the commit leaves that one mail pending, and another node sends it again (at least once, never lost);
     * both copies carry the same {@code Message-ID}, by which a receiving mail system recognises the second.
     */
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Outcome outcome = tx.execute(status -> dispatchOne(sender, now));
            if (outcome == null || outcome == Outcome.NONE_DUE) {
                break;
            }
            sent += outcome == Outcome.SENT ? 1 : 0;
        }
        return sent;
    }

    private enum Outcome {
        NONE_DUE,
        SENT,
        NOT_SENT
    }

    private Outcome dispatchOne(JavaMailSender sender, Instant now) {
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
        Optional<Due> next = jdbc.sql(
                        """
                select id, sender_name, recipient, subject, text_body, html_body, unsubscribe_url, attempts,
                mail_refusal(contact_id, kind, invitation_id) as refusal
                from outbox_mail where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id limit 1 for update skip locked
                """)
                .param("now", Timestamp.from(now))
                .query(Due.class)
                .optional();
        if (next.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        Due mail = next.get();
        if (mail.refusal() != null) {
            log.info("Mail #{} not sent: the contact {}", mail.id(), mail.refusal());
            outbox.suppress(mail.id(), mail.refusal());
            return Outcome.NOT_SENT;
        }
        try {
            var message = newMessage(sender, mail.id());
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
            return Outcome.SENT;
        } catch (RuntimeException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
            failed(mail.id(), mail.attempts() + 1, e, now);
            return Outcome.NOT_SENT;
        }
    }

    /**
     * A message whose {@code Message-ID} names the outbox mail ({@code <outbox-42@host>}, the host of the public
     * URL), the same on every attempt and every node, so a copy sent twice is recognisably one mail.
     */
    private MimeMessage newMessage(JavaMailSender sender, long id) {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            return sender.createMimeMessage();
        }
        String messageId = "<outbox-" + id + "@" + messageIdHost + ">";
        return new MimeMessage(smtp.getSession()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
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
