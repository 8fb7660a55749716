package cx.touchpoint.issue;

/**
 * What one line of an issue's audit trail records: the closed set the {@code issue_event.kind} CHECK
 * constraint allows (AuditKindTest ties the two together).
 */
public enum AuditKind {
    /** Raised; to = the first status. */
    CREATED("Created"),
    /** A board move or reopen; from and to are status names. */
    STATUS("Status"),
    /** from and to are people's names (to null = nobody). */
    ASSIGNEE("Assignee"),
    /** Re-routed; from and to are team names. */
    TEAM("Re-routed"),
    /** from and to are severity names. */
    SEVERITY("Severity"),
    /** A person's or the system's note, no from or to. */
    COMMENT("Comment"),
    /** Another response or complaint about the issue. */
    EVIDENCE("Evidence added"),
    /** Open past its SLA; to = the manager it went to. */
    ESCALATED("Escalated"),
    /** The customer's follow-up answer; to = the verification. */
    VERIFICATION("Customer verification"),
    /** A fresh SLA; from and to are due times. */
    SLA("SLA restarted"),
    /** The due time moved into the future; to = the manager whose escalation ended. */
    ESCALATION_CLEARED("Escalation ended");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    /** How the audit trail names the kind. */
    public String label() {
        return label;
    }
}
