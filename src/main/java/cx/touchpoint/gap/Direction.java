package cx.touchpoint.gap;

/** Whether more of a service standard's metric is better for the customer (on-time %) or less (reply hours). */
public enum Direction {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
