package cx.touchpoint.issue;

/** What the customer's next survey said about a resolved issue. */
public enum Verification {
    VERIFIED("Verified by customer"),
    NOT_VERIFIED("Not verified by customer");

    private final String label;

    Verification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
