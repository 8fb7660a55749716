package cx.touchpoint.issue.routing;

/** A routing rule as the admin list shows it: conditions in words, the team it routes to. */
public record RoutingRuleRow(
        long id, int position, String name, String conditions, String team, String specialist, boolean enabled) {}
