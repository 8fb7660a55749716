package cx.touchpoint.issue.routing;

/** Where routing sends an issue: the owner team, an optional specialist, and the rule that decided. */
public record Route(long teamId, Long specialistId, Long ruleId, String ruleName) {}
