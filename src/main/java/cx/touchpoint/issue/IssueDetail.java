package cx.touchpoint.issue;

import java.time.Instant;

/**
 * Everything the detail panel shows about one issue; {@code version} goes back with every change. {@code
 * themeName}: the theme of the comment it was raised from (null: none, or not analysed yet).
 */
public record IssueDetail(
        long id,
        String title,
        String description,
        IssueSource source,
        long accountId,
        String accountName,
        String cue,
        String touchPoint,
        Severity severity,
        IssueStatus status,
        long teamId,
        String teamName,
        Long assigneeId,
        String assigneeName,
        String routingRuleName,
        Instant createdAt,
        Instant slaDueAt,
        long minutesToDue,
        boolean overdue,
        Instant escalatedAt,
        String escalatedToName,
        Instant resolvedAt,
        Verification verification,
        int reopenCount,
        int version,
        String themeName) {}
