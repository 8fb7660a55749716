package cx.touchpoint.survey;

/** The three patterns of experience information (DOMAIN.md, seed 003); the database's {@code pattern}. */
public enum SurveyPattern {
    PAST("Transaction survey"),
    PRESENT("Relationship survey"),
    POTENTIAL("Targeted study");

    private final String label;

    SurveyPattern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
