package cx.touchpoint.issue;

/** The segment of the issue's account, for filtering the board (DOMAIN.md § Segments). */
public enum AccountSegment {
    MODEL("Model"),
    GROWTH("Growth"),
    AT_RISK("At-risk"),
    DANGLING("Dangling");

    private final String label;

    AccountSegment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
