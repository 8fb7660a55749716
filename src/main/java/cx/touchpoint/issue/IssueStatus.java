package cx.touchpoint.issue;

import java.util.EnumSet;
import java.util.Set;

/** Where an issue stands on the board. Closed and won't-fix issues only move again when reopened. */
public enum IssueStatus {
    NEW("New"),
    TRIAGED("Triaged"),
    IN_PROGRESS("In progress"),
    RESOLVED("Resolved"),
    CLOSED("Closed"),
    WONT_FIX("Won't fix");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** New, triaged or in progress: someone still has to act. The SQL twin is {@code issue_is_open(status)} (R__issue_rules.sql). */
    public boolean open() {
        return this == NEW || this == TRIAGED || this == IN_PROGRESS;
    }

    /** The statuses a board move may take this issue to, without a reopen. */
    public Set<IssueStatus> nextStatuses() {
        return switch (this) {
            case NEW -> EnumSet.of(TRIAGED, IN_PROGRESS, WONT_FIX);
            case TRIAGED -> EnumSet.of(NEW, IN_PROGRESS, WONT_FIX);
            case IN_PROGRESS -> EnumSet.of(TRIAGED, RESOLVED, WONT_FIX);
            case RESOLVED -> EnumSet.of(CLOSED);
            case CLOSED, WONT_FIX -> EnumSet.noneOf(IssueStatus.class);
        };
    }

    /** Resolved, closed and won't-fix issues can be reopened; it counts toward the reopen rate. */
    public boolean reopenable() {
        return this == RESOLVED || this == CLOSED || this == WONT_FIX;
    }

    public static String labelOf(String name) {
        try {
            return valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return name;
        }
    }
}
