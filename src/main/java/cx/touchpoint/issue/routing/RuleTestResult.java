package cx.touchpoint.issue.routing;

/**
 * The outcome of trying a draft rule on a sample before saving it, and where the saved list would
 * send the same sample today.
 */
public record RuleTestResult(boolean matches, String explanation, String currentRouting) {}
