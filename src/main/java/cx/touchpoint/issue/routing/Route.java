package cx.touchpoint.issue.routing;

/**
 * Where routing sends an issue: the owner team, an optional specialist, and the rule that decided (both
 * null for the fallback). The names come with the route, for audit lines and the rule tester.
 */
public record Route(
        long teamId, String teamName, Long specialistId, String specialistName, Long ruleId, String ruleName) {}
