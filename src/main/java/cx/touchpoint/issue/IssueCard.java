package cx.touchpoint.issue;

import java.time.Instant;

/** One card on the board, ready to render; {@code minutesToDue} is negative once overdue. */
public record IssueCard(
        long id,
        String title,
        String accountName,
        String cue,
        String touchPoint,
        Severity severity,
        IssueStatus status,
        String teamName,
        String assigneeName,
        Instant slaDueAt,
        long minutesToDue,
        boolean overdue,
        String escalatedToName,
        Verification verification,
        int version) {

    public boolean escalated() {
        return escalatedToName != null;
    }
}
