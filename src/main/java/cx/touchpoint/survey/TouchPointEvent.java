package cx.touchpoint.survey;

import java.time.Instant;

/**
 * Something that just happened at a touch point for a customer contact (a delivery, a support
 * request, an invoice), as an operational system reports it.
 *
 * @param touchPointCode the touch point's code, e.g. {@code delivery}
 * @param occurredAt when it happened; null = now
 */
public record TouchPointEvent(long accountId, long contactId, String touchPointCode, Instant occurredAt) {}
