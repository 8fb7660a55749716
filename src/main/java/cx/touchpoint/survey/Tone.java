package cx.touchpoint.survey;

/** The tone the customer chose for their survey: it shapes the mail's greeting and the page's wording. */
public enum Tone {
    FORMAL(
            "Formal",
            "Dear %s,",
            "We would be grateful for your assessment of our service.",
            "Kind regards,",
            "Your assessment of our service: %s"),
    NEUTRAL(
            "Neutral",
            "Hello %s,",
            "We would like to hear how our service is working for you.",
            "Best regards,",
            "%s: how are we doing?"),
    WARM(
            "Warm",
            "Hi %s,",
            "We'd love to hear how things are going with us.",
            "Thanks so much,",
            "How are we doing? %s");

    private final String label;
    private final String greeting;
    private final String invitation;
    private final String closing;
    private final String subject;

    Tone(String label, String greeting, String invitation, String closing, String subject) {
        this.subject = subject;
        this.label = label;
        this.greeting = greeting;
        this.invitation = invitation;
        this.closing = closing;
    }

    public String label() {
        return label;
    }

    /** The greeting with the contact's name. */
    public String greeting(String name) {
        return greeting.formatted(name);
    }

    public String invitation() {
        return invitation;
    }

    /** The invitation mail's subject for the survey. */
    public String subject(String surveyName) {
        return subject.formatted(surveyName);
    }

    public String closing() {
        return closing;
    }
}
