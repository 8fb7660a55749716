package cx.touchpoint.issue;

/**
 * How one team handles its issues. Hours are means over the issues that got that far; null when
 * none did. Reopen rate = share of issues ever resolved that were reopened.
 */
public record TeamMetrics(
        long teamId,
        String team,
        long openIssues,
        long overdueIssues,
        Double hoursToTriage,
        Double hoursToResolve,
        Double reopenRate,
        long resolvedIssues) {}
