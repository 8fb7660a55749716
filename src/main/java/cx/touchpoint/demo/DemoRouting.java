package cx.touchpoint.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Routes demo issues with the routing rules in the database: the first enabled rule, by position,
 * whose touch point (if any) and keywords (if any) match. The demo's issues are inserted directly,
 * so it reads the rules the same way the board shows them.
 */
final class DemoRouting {

    /** Where an issue went: the rule that matched and its team. */
    record Route(long ruleId, String ruleName, long teamId, String teamCode) {}

    private record Rule(long id, String name, Long touchPointId, String keywords, long teamId, String teamCode) {

        boolean matches(DemoIssues.Signal signal) {
            if (touchPointId != null && !touchPointId.equals(signal.touchPointId())) {
                return false;
            }
            List<String> words = keywords.isBlank() ? List.of() : Arrays.asList(keywords.split(","));
            String text = signal.comment().toLowerCase(Locale.ROOT);
            return words.isEmpty() || words.stream().anyMatch(text::contains);
        }
    }

    private final List<Rule> rules;

    private DemoRouting(List<Rule> rules) {
        this.rules = rules;
    }

    static DemoRouting load(JdbcClient jdbc) {
        return new DemoRouting(
                jdbc.sql("select r.id, r.name, r.touch_point_id, array_to_string(r.keywords, ',') as keywords,"
                                + " r.owner_team_id as team_id, t.code as team_code from routing_rule r"
                                + " join team t on t.id = r.owner_team_id where r.enabled order by r.position")
                        .query(Rule.class)
                        .list());
    }

    Route route(DemoIssues.Signal signal) {
        Rule rule = rules.stream()
                .filter(r -> r.matches(signal))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No routing rule matches, not even the fallback"));
        return new Route(rule.id(), rule.name(), rule.teamId(), rule.teamCode());
    }
}
