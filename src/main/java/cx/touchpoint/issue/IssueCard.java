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
        int version,
        Instant createdAt) {

    public boolean escalated() {
        return escalatedToName != null;
    }

    /** This card as seen at another version (what a panel opened earlier saw). */
    public IssueCard seenAt(int seenVersion) {
        return new IssueCard(
                id,
                title,
                accountName,
                cue,
                touchPoint,
                severity,
                status,
                teamName,
                assigneeName,
                slaDueAt,
                minutesToDue,
                overdue,
                escalatedToName,
                verification,
                seenVersion,
                createdAt);
    }

    /** The title without the account's name in front (the card shows the account once). */
    public String problem() {
        String prefix = accountName + ": ";
        return title.startsWith(prefix) ? title.substring(prefix.length()) : title;
    }
}
