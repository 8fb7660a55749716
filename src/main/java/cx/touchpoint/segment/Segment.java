package cx.touchpoint.segment;

import cx.touchpoint.base.Term;

/**
 * Where an account sits on the score × revenue quadrant, and what to do about it. The rule that
 * places an account is SQL ({@code segment_of} in R__segments.sql); this enum only
 * names its results.
 */
public enum Segment {
    MODEL("Model", "Keep", Term.MODEL),
    GROWTH("Growth", "Cross-sell & up-sell", Term.GROWTH),
    AT_RISK("At-risk", "Intervene", Term.AT_RISK),
    DANGLING("Dangling", "Rescue or abandon", Term.DANGLING),
    UNSCORED("Unscored", "Survey them", Term.UNSCORED);

    private final String label;
    private final String action;
    private final Term term;

    Segment(String label, String action, Term term) {
        this.label = label;
        this.action = action;
        this.term = term;
    }

    public String label() {
        return label;
    }

    /** The recommended action, e.g. "Intervene". */
    public String action() {
        return action;
    }

    /** What the segment means, from the glossary ({@link Term}). */
    public String meaning() {
        return term.definition();
    }

    /** The glossary entry of this segment. */
    public Term term() {
        return term;
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
