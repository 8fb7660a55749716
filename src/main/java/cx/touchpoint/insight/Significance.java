package cx.touchpoint.insight;

/** What a comparison of two periods says, in the words every view uses. */
public enum Significance {
    /** The later period is higher, and the test at the company's level says it is real. */
    SIGNIFICANT_RISE("significant rise"),
    /** The later period is lower, and the test says it is real. */
    SIGNIFICANT_DROP("significant drop"),
    /** The difference could be chance at the company's level. */
    WITHIN_NOISE("within noise"),
    /** One period has fewer answers than the company's minimum n: never called significant. */
    TOO_FEW("too few responses to tell"),
    /** One period has no answers at all. */
    NO_ANSWERS("no answers to compare");

    private final String words;

    Significance(String words) {
        this.words = words;
    }

    /** "significant drop", "within noise", ... */
    public String words() {
        return words;
    }

    /** A real change, up or down. */
    public boolean significant() {
        return this == SIGNIFICANT_RISE || this == SIGNIFICANT_DROP;
    }
}
