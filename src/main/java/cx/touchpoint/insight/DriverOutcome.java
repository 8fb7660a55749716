package cx.touchpoint.insight;

/** What key drivers explain: the 0-10 likelihood to recommend, or the summary experience score. */
public enum DriverOutcome {
    /** The 0-10 likelihood-to-recommend answer (the NPS question). */
    NPS("likelihood to recommend"),
    /** The response's summary experience score: the mean of its cues' experienced scores (1-7). */
    SCORE("the summary experience score");

    private final String words;

    DriverOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
