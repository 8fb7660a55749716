package cx.touchpoint.survey.mail;

import java.time.Instant;

/** A mail in the outbox as the Outbox view lists it. */
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
        Instant createdAt,
        Instant sentAt,
        String textBody) {}
