package cx.touchpoint.issue.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where an issue goes and which words make a comment a complaint: what intake and the rule tester
 * share. The first matching enabled rule by position wins; customer service is the fallback.
 */
@Component
public class Router {

    static final String FALLBACK_TEAM = "customer_service";

    private final RoutingRules rules;
    private final ComplaintKeywords keywords;

    Router(RoutingRules rules, ComplaintKeywords keywords) {
        this.rules = rules;
        this.keywords = keywords;
    }

    /** The route of {@code sample}: the first matching enabled rule, else customer service for triage. */
    public Route route(RoutingSample sample) {
        return rules.firstMatch(sample).orElseGet(() -> rules.toTeam(FALLBACK_TEAM));
    }

    /** The route of each sample, in their order, as {@link #route} gives it: one statement for all of them. */
    public List<Route> routeAll(List<RoutingSample> samples) {
        List<Route> routes = new ArrayList<>();
        Route fallback = null;
        for (Optional<RoutingRules.Match> match : rules.firstMatches(samples)) {
            if (match.isEmpty() && fallback == null) {
                fallback = rules.toTeam(FALLBACK_TEAM);
            }
            routes.add(match.isPresent() ? match.get().route() : fallback);
        }
        return routes;
    }

    /**
     * The route of {@code sample} when the first matching rule is one that names the sample's theme: what a
     * theme recognised after the issue was raised changes.
     */
    public Optional<Route> routeByTheme(RoutingSample sample) {
        if (sample.themeId() == null) {
            return Optional.empty();
        }
        return rules.firstMatching(sample)
                .filter(m -> sample.themeId().equals(m.themeId()))
                .map(RoutingRules.Match::route);
    }

    /** The route straight to a team, without rule or specialist (e.g. a detractor to the account's team). */
    public Route toTeam(long teamId) {
        return rules.toTeam(teamId);
    }

    /** The route straight to a team whose name the caller has already read. */
    public static Route toTeam(long teamId, String teamName) {
        return new Route(teamId, teamName, null, null, null, null);
    }

    /** The complaint keywords, alphabetically, lower-case. */
    public List<String> complaintKeywords() {
        return keywords.list();
    }
}
