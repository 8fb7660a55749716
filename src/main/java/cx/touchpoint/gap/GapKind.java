package cx.touchpoint.gap;

import cx.touchpoint.base.Term;

/** The six value gaps of DOMAIN.md, numbered as in the seeds; each names what its count counts. */
public enum GapKind {
    KNOWLEDGE(1, "Knowledge", "manager estimates"),
    SPECIFICATION(2, "Specification", "answers"),
    DELIVERY(3, "Delivery", "months"),
    COMMUNICATION(4, "Communication", "months"),
    PERCEPTION(5, "Perception", "answers"),
    SATISFACTION(6, "Satisfaction", "answers");

    private final int number;
    private final String title;
    private final String countNoun;

    GapKind(int number, String title, String countNoun) {
        this.number = number;
        this.title = title;
        this.countNoun = countNoun;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The gap with this number (1-6). */
    public static GapKind numbered(int number) {
        for (GapKind kind : values()) {
            if (kind.number == number) {
                return kind;
            }
        }
        throw new IllegalArgumentException("There are six gaps, numbered 1 to 6, not " + number + ".");
    }

    /** The glossary entry defining this gap. */
    public Term term() {
        return switch (this) {
            case KNOWLEDGE -> Term.KNOWLEDGE_GAP;
            case SPECIFICATION -> Term.SPECIFICATION_GAP;
            case DELIVERY -> Term.DELIVERY_GAP;
            case COMMUNICATION -> Term.COMMUNICATION_GAP;
            case PERCEPTION -> Term.PERCEPTION_GAP;
            case SATISFACTION -> Term.SATISFACTION_GAP;
        };
    }

    /** What the count behind a figure of this gap counts, e.g. "answers" or "months". */
    public String countNoun() {
        return countNoun;
    }
}
