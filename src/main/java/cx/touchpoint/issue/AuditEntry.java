package cx.touchpoint.issue;

import java.time.Instant;

/** One line of an issue's audit trail: who changed what, when, from and to. Actor null = the system. */
public record AuditEntry(
        Instant occurredAt, String actorName, AuditKind kind, String fromValue, String toValue, String note) {}
