package cx.touchpoint.segment;

/**
 * Where an account sits on the score × revenue quadrant, and what to do about it. The rule that
 * places an account is SQL ({@code segment_of} in R__segments.sql); this enum only
 * names its results.
 */
public enum Segment {
    MODEL("Model", "Keep", "Good experience and good revenue: protect the relationship."),
    GROWTH(
            "Growth",
            "Cross-sell & up-sell",
            "Good experience with room to grow: potential revenue well above today's."),
    AT_RISK("At-risk", "Intervene", "Poor experience on a large account: act before it defects."),
    DANGLING("Dangling", "Rescue or abandon", "Poor experience and small revenue: decide deliberately."),
    UNSCORED("Unscored", "Survey them", "No relationship survey answered yet: invite a contact.");

    private final String label;
    private final String action;
    private final String meaning;

    Segment(String label, String action, String meaning) {
        this.label = label;
        this.action = action;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** The recommended action, e.g. "Intervene". */
    public String action() {
        return action;
    }

    public String meaning() {
        return meaning;
    }

    /** A CSS-friendly name, e.g. "at-risk", matching the theme's --tp-segment-* colours. */
    public String styleName() {
        return name().toLowerCase().replace('_', '-');
    }

    /**
     * At-risk and Dangling: a score below the threshold. Moving into one of them is a move for the
     * worse, out of them (to a scored segment) a move for the better.
     */
    public boolean isPoorExperience() {
        return this == AT_RISK || this == DANGLING;
    }

    /** Model, Growth, At-risk and Dangling: the segments of scored accounts. */
    public boolean isScored() {
        return this != UNSCORED;
    }
}
