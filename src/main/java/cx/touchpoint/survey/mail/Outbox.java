package cx.touchpoint.survey.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox: every survey mail is stored here in the transaction that decides to send it, so
 * none is lost. Without an SMTP host ({@code spring.mail.host} unset) mails stay {@code HELD} and the
 * Outbox view shows them; with one they are {@code PENDING} until {@link MailDispatcher} sends them. A
 * mail the consent rule (SQL {@code mail_refusal}: opted out, or a reminder of an answered survey) stops
 * is {@code SUPPRESSED} with its reason, here when it is queued and in the dispatcher when it is due.
 */
@Repository
public class Outbox {

    /**
     * Who a mail is about and to: the account, optional invitation or preparation, the sender, the contact
     * and their address, and the mail's own unsubscribe URL (for the List-Unsubscribe header).
     */
    public record Envelope(
            MailKind kind,
            long accountId,
            Long invitationId,
            Long preparationId,
            Long senderUserId,
            String senderName,
            long contactId,
            String recipient,
            String unsubscribeUrl) {}

    /** The SQL that leaves a mail's stored copy without working links: once sent, failed for good or suppressed. */
    static final String WITHOUT_LINKS = " unsubscribe_url = null, text_body = mail_without_links(text_body),"
            + " html_body = mail_without_links(html_body) ";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;

    Outbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mailSender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailSender = mailSender;
    }

    /**
     * Why a mail of this kind must not go to the contact now (SQL {@code mail_refusal}, the one definition),
     * e.g. "opted out of surveys on 2027-03-01"; empty when it may go.
     */
    public Optional<String> refusal(long contactId, MailKind kind, Long invitationId) {
        return jdbc.sql("select mail_refusal(:c, :k, cast(:i as bigint))")
                .param("c", contactId)
                .param("k", kind.name())
                .param("i", invitationId)
                .query(String.class)
                .optional();
    }

    /**
     * Stores the mail; returns its id. A mail the consent rule refuses at this moment is stored {@code
     * SUPPRESSED} (never sent, links removed) — callers check {@link #refusal} first to tell the user why.
     */
    public long put(Envelope envelope, MailMessage message) {
        Optional<String> refused = refusal(envelope.contactId(), envelope.kind(), envelope.invitationId());
        boolean smtp = mailSender.getIfAvailable() != null;
        String status = refused.isPresent() ? "SUPPRESSED" : smtp ? "PENDING" : "HELD";
        var now = Timestamp.from(clock.instant());
        return jdbc.sql(
                        """
                insert into outbox_mail (kind, account_id, invitation_id, preparation_id, sender_user_id,
                sender_name, contact_id, recipient, subject, text_body, html_body, unsubscribe_url, status,
                suppressed_reason, next_attempt_at, created_at)
                values (:kind, :a, :i, :p, :u, :sn, :c, :r, :s,
                case when :st = 'SUPPRESSED' then mail_without_links(:t) else :t end,
                case when :st = 'SUPPRESSED' then mail_without_links(:h) else :h end,
                case when :st = 'SUPPRESSED' then null else :uu end, :st, :why, :next, :now) returning id
                """)
                .param("kind", envelope.kind().name())
                .param("a", envelope.accountId())
                .param("i", envelope.invitationId())
                .param("p", envelope.preparationId())
                .param("u", envelope.senderUserId())
                .param("sn", envelope.senderName())
                .param("c", envelope.contactId())
                .param("r", envelope.recipient())
                .param("s", message.subject())
                .param("t", message.text())
                .param("h", message.html())
                .param("uu", envelope.unsubscribeUrl())
                .param("st", status)
                .param("why", refused.orElse(null))
                .param("next", "PENDING".equals(status) ? now : null)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /**
     * Suppresses the contact's held and pending mails that the consent rule now refuses (after an opt-out or
     * an answer), with the reason and without their links; returns how many.
     */
    public int suppressRefused(long contactId) {
        return jdbc.sql("update outbox_mail set status = 'SUPPRESSED', suppressed_reason ="
                        + " mail_refusal(contact_id, kind, invitation_id), next_attempt_at = null, version = version + 1,"
                        + WITHOUT_LINKS
                        + "where contact_id = :c and status in ('HELD', 'PENDING')"
                        + " and mail_refusal(contact_id, kind, invitation_id) is not null")
                .param("c", contactId)
                .update();
    }

    /** Marks one pending mail {@code SUPPRESSED} with the consent rule's reason, never to be sent. */
    void suppress(long id, String reason) {
        jdbc.sql("update outbox_mail set status = 'SUPPRESSED', suppressed_reason = :why, next_attempt_at = null,"
                        + " version = version + 1," + WITHOUT_LINKS + "where id = :id")
                .param("why", reason)
                .param("id", id)
                .update();
    }

    /**
     * The newest mails first; {@code accountExecutiveId} non-null limits them to that executive's book. A
     * held mail's body keeps its working links only when {@code heldLinksShown}; every other body shows the
     * link marker (sent, failed and suppressed mails keep no link at all).
     */
    public List<OutboxMail> page(
            Long accountExecutiveId, boolean heldLinksShown, String status, int offset, int limit) {
        return jdbc.sql(
                        """
                select m.id, m.kind, a.name as account, m.sender_name, m.recipient, m.subject, m.status,
                m.attempts, m.last_error, coalesce(m.suppressed_reason, '') as suppressed_reason, m.created_at,
                m.sent_at, case when :shown and m.status = 'HELD' then m.text_body
                else mail_without_links(m.text_body) end as text_body,
                m.status in ('HELD', 'PENDING') and m.text_body <> mail_without_links(m.text_body) as holds_links
                from outbox_mail m join account_facts a on a.id = m.account_id
                where (cast(:ae as bigint) is null or a.account_executive_id = :ae)
                and (cast(:status as text) is null or m.status = :status)
                order by m.created_at desc, m.id desc offset :o limit :l
                """)
                .param("ae", accountExecutiveId)
                .param("status", status)
                .param("shown", heldLinksShown)
                .param("o", offset)
                .param("l", limit)
                .query(OutboxMail.class)
                .list();
    }

    /** How many mails of the executive's book (null: all) are in {@code status} (null: any). */
    public long count(Long accountExecutiveId, String status) {
        return jdbc.sql(
                        """
                select count(*) from outbox_mail m join account_facts a on a.id = m.account_id
                where (cast(:ae as bigint) is null or a.account_executive_id = :ae)
                and (cast(:status as text) is null or m.status = :status)
                """)
                .param("ae", accountExecutiveId)
                .param("status", status)
                .query(Long.class)
                .single();
    }
}
