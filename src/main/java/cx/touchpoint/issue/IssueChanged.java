package cx.touchpoint.issue;

import java.time.Instant;

/**
 * Published in the transaction of every line written to an issue's audit trail, so other features (the
 * outbound webhooks) learn of a change atomically with it.
 *
 * @param kind the audit trail's kind
 * @param from the previous value (a status name for {@code STATUS}), may be null
 * @param to the new value (the status name for {@code CREATED} and {@code STATUS}, the manager's name for
 *     {@code ESCALATED}), may be null
 */
public record IssueChanged(long issueId, AuditKind kind, String from, String to, String note, Instant occurredAt) {}
