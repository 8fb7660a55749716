package cx.touchpoint.issue.routing;

/** A routing rule as the admin list shows it: conditions in words, the team it routes to. */
public record RoutingRuleRow(
        long id, int position, String name, String conditions, String team, String specialist, boolean enabled) {

    /** The rule in one line, as the audit log keeps it: "position 2 · keywords invoice → Finance · on". */
    public String describe() {
        return "position " + position + " · " + conditions + " → " + team
                + (specialist == null ? "" : " (" + specialist + ")") + " · " + (enabled ? "on" : "off");
    }
}
