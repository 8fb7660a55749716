package cx.touchpoint.survey.mail;

import java.time.Instant;

/**
 * A mail in the outbox as the Outbox view lists it.
 *
 * @param status HELD (no SMTP server), PENDING, SENT, FAILED or SUPPRESSED (stopped by the consent rule)
 * @param suppressedReason why a SUPPRESSED mail was not sent; empty otherwise
 * @param textBody the plain-text body, with links shown only where the reader may see them
 * @param holdsLinks whether the stored mail still carries working customer links (held and pending mails only)
 */
public record OutboxMail(
        long id,
        String kind,
        String account,
        String senderName,
        String recipient,
        String subject,
        String status,
        int attempts,
        String lastError,
        String suppressedReason,
        Instant createdAt,
        Instant sentAt,
        String textBody,
        boolean holdsLinks) {}
