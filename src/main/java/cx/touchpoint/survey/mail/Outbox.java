package cx.touchpoint.survey.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox: every survey mail is stored here in the transaction that decides to send it, so
 * none is lost. Without an SMTP host ({@code spring.mail.host} unset) mails stay {@code HELD} and the
 * Outbox view shows them; with one they are {@code PENDING} until {@link MailDispatcher} sends them.
 */
@Repository
public class Outbox {

    /** Who a mail is about and from: the account, optional invitation or preparation, the sender. */
    public record Envelope(
            String kind,
            long accountId,
            Long invitationId,
            Long preparationId,
            Long senderUserId,
            String senderName,
            String recipient) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;

    Outbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mailSender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailSender = mailSender;
    }

    /** Stores the mail; returns its id. */
    public long put(Envelope envelope, MailMessage message) {
        boolean smtp = mailSender.getIfAvailable() != null;
        var now = Timestamp.from(clock.instant());
        return jdbc.sql(
                        """
                insert into outbox_mail (kind, account_id, invitation_id, preparation_id, sender_user_id,
                sender_name, recipient, subject, text_body, html_body, status, next_attempt_at, created_at)
                values (:kind, :a, :i, :p, :u, :sn, :r, :s, :t, :h, :st, :next, :now) returning id
                """)
                .param("kind", envelope.kind())
                .param("a", envelope.accountId())
                .param("i", envelope.invitationId())
                .param("p", envelope.preparationId())
                .param("u", envelope.senderUserId())
                .param("sn", envelope.senderName())
                .param("r", envelope.recipient())
                .param("s", message.subject())
                .param("t", message.text())
                .param("h", message.html())
                .param("st", smtp ? "PENDING" : "HELD")
                .param("next", smtp ? now : null)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** The newest mails first; {@code accountExecutiveId} non-null limits them to that executive's book. */
    public List<OutboxMail> page(Long accountExecutiveId, int offset, int limit) {
        return jdbc.sql(
                        """
                select m.id, m.kind, a.name as account, m.sender_name, m.recipient, m.subject, m.status,
                m.attempts, m.last_error, m.created_at, m.sent_at, m.text_body from outbox_mail m
                join account a on a.id = m.account_id
                where (cast(:ae as bigint) is null or a.account_executive_id = :ae)
                order by m.created_at desc, m.id desc offset :o limit :l
                """)
                .param("ae", accountExecutiveId)
                .param("o", offset)
                .param("l", limit)
                .query(OutboxMail.class)
                .list();
    }

    public long count(Long accountExecutiveId) {
        return jdbc.sql(
                        """
                select count(*) from outbox_mail m join account a on a.id = m.account_id
                where (cast(:ae as bigint) is null or a.account_executive_id = :ae)
                """)
                .param("ae", accountExecutiveId)
                .query(Long.class)
                .single();
    }
}
