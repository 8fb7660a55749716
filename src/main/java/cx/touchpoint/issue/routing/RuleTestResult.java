package cx.touchpoint.issue.routing;

/**
 * The outcome of trying a draft rule on a sample before saving it, where the saved list would send the same
 * sample today, and the theme and sentiment the comment analysis sees in the sample's text.
 */
public record RuleTestResult(boolean matches, String explanation, String currentRouting, String themeSeen) {

    public RuleTestResult(boolean matches, String explanation, String currentRouting) {
        this(matches, explanation, currentRouting, "");
    }
}
