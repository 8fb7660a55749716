package cx.touchpoint.gap;

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

    /** What the count behind a figure of this gap counts, e.g. "answers" or "months". */
    public String countNoun() {
        return countNoun;
    }
}
