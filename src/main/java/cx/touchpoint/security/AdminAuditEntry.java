package cx.touchpoint.security;

import java.time.ZonedDateTime;

/** One administrative change as the audit page lists it: who, when (in the company time zone), what, before and after. */
public record AdminAuditEntry(
        long id,
        ZonedDateTime changedAt,
        String actor,
        String subject,
        String subjectName,
        String action,
        String before,
        String after) {}
