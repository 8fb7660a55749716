package cx.touchpoint.issue;

/** What raised an issue: a survey response, a complaint, or a person on the board. */
public enum IssueSource {
    RESPONSE("Survey response"),
    COMPLAINT("Complaint"),
    MANUAL("Raised by a person");

    private final String label;

    IssueSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
