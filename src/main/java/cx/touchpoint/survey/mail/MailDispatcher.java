package cx.touchpoint.survey.mail;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 */
@Component
public class MailDispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    MailDispatcher(
            JdbcClient jdbc,
            Clock clock,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${touchpoint.mail.from:surveys@touchpoint.example}") String from) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailSender = mailSender;
        this.from = from;
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
                int attempts) {}
        Instant now = clock.instant();
        List<Due> due = jdbc.sql(
                        """
                select id, sender_name, recipient, subject, text_body, html_body, attempts
                from outbox_mail where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id limit 50 for update skip locked
                """)
                .param("now", Timestamp.from(now))
                .query(Due.class)
                .list();
        int sent = 0;
        for (Due mail : due) {
            try {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(new InternetAddress(from, mail.senderName(), "UTF-8"));
                helper.setTo(mail.recipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.textBody(), mail.htmlBody());
                sender.send(message);
                jdbc.sql(
                                """
                        update outbox_mail set status = 'SENT', sent_at = :now, attempts = attempts + 1,
                        last_error = '', next_attempt_at = null, version = version + 1 where id = :id
                        """)
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

    private void failed(long id, int attempts, Exception e, Instant now) {
        boolean last = attempts >= MAX_ATTEMPTS;
        String error = String.valueOf(e.getMessage());
        log.warn("Mail #{} failed (attempt {} of {}): {}", id, attempts, MAX_ATTEMPTS, error);
        jdbc.sql(
                        """
                update outbox_mail set attempts = :n, last_error = :e, status = :s, next_attempt_at = :next,
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
