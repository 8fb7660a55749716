package cx.touchpoint.theme;

/** How a comment feels: its sign on the sentiment score, with a neutral band around zero. */
public enum Sentiment {
    NEGATIVE("Negative"),
    NEUTRAL("Neutral"),
    POSITIVE("Positive");

    /**
     * Scores strictly inside (-{@value}, +{@value}) are neutral: the classifier is less than 70 % sure either
     * way (score = 2p - 1, p the probability of positive).
     */
    public static final double NEUTRAL_BAND = 0.4;

    private final String label;

    Sentiment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sentiment of a score from -1 (certainly negative) to +1 (certainly positive). */
    public static Sentiment of(double score) {
        if (score <= -NEUTRAL_BAND) {
            return NEGATIVE;
        }
        return score >= NEUTRAL_BAND ? POSITIVE : NEUTRAL;
    }
}
