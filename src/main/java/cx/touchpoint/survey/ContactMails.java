package cx.touchpoint.survey;

import cx.touchpoint.survey.mail.MailComposer;
import cx.touchpoint.survey.mail.MailKind;
import cx.touchpoint.survey.mail.Outbox;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a mail to a customer contact is queued (draft review, invitation, reminder): asks the consent
 * rule first (an opted-out contact gets nothing, an answered survey no reminder), gives the mail its own
 * unsubscribe link (only its hash stored) for the footer and the List-Unsubscribe header, renders it and
 * puts it in the outbox.
 */
@Component
class ContactMails {

    /**
     * A mail to one contact: its kind, the account, the invitation or preparation it is about, the sender,
     * the recipient, the subject, and the template variables ({@code unsubscribeLink} is added here).
     */
    record Mail(
            MailKind kind,
            long accountId,
            Long invitationId,
            Long preparationId,
            long senderUserId,
            String senderName,
            long contactId,
            String recipient,
            String subject,
            Map<String, Object> variables) {}

    private final JdbcClient jdbc;
    private final MailComposer composer;
    private final Outbox outbox;
    private final String publicUrl;

    ContactMails(
            JdbcClient jdbc,
            MailComposer composer,
            Outbox outbox,
            @Value("${touchpoint.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.composer = composer;
        this.outbox = outbox;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Why this mail must not go to the contact now, in words; empty when it may. */
    Optional<String> refusal(long contactId, MailKind kind, Long invitationId) {
        return outbox.refusal(contactId, kind, invitationId);
    }

    /** Queues the mail unless the consent rule refuses it; returns the refusal, empty when queued. */
    Optional<String> queue(Mail mail, Instant now) {
        Optional<String> refused = refusal(mail.contactId(), mail.kind(), mail.invitationId());
        if (refused.isPresent()) {
            return refused;
        }
        LinkToken unsubscribe = LinkToken.issue();
        jdbc.sql(
                        """
                insert into unsubscribe_link (token_hash, contact_id, invitation_id, preparation_id, created_at)
                values (:h, :c, :i, :p, :now)
                """)
                .param("h", unsubscribe.hash())
                .param("c", mail.contactId())
                .param("i", mail.invitationId())
                .param("p", mail.preparationId())
                .param("now", Timestamp.from(now))
                .update();
        String unsubscribeUrl = link("/unsubscribe/", unsubscribe.token());
        Map<String, Object> variables = new HashMap<>(mail.variables());
        variables.put("unsubscribeLink", unsubscribeUrl);
        String template = mail.kind() == MailKind.DRAFT ? "draft" : "invitation";
        outbox.put(
                new Outbox.Envelope(
                        mail.kind(),
                        mail.accountId(),
                        mail.invitationId(),
                        mail.preparationId(),
                        mail.senderUserId(),
                        mail.senderName(),
                        mail.contactId(),
                        mail.recipient(),
                        unsubscribeUrl),
                composer.compose(template, mail.subject(), variables));
        return Optional.empty();
    }

    /** A customer link: the configured public URL, the path and the token. */
    String link(String path, String token) {
        return publicUrl + path + token;
    }
}
