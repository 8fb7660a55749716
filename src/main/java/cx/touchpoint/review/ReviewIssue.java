package cx.touchpoint.review;

import java.time.Instant;

/** An open issue worth the executives' attention: the most severe, and those past their SLA. */
public record ReviewIssue(
        long id,
        String title,
        long accountId,
        String account,
        String team,
        String severity,
        String status,
        Instant slaDueAt,
        boolean overdue,
        boolean escalated) {}
