package cx.touchpoint.gap.standard;

/** Where a promise to customers was made. */
public enum PromiseChannel {
    MARKETING("Marketing"),
    CONTRACT("Contract"),
    SALES("Sales"),
    WEBSITE("Website");

    private final String label;

    PromiseChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
