package cx.touchpoint.issue.routing;

import java.util.List;
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

    /** The route straight to a team, without rule or specialist (e.g. a detractor to the account's team). */
    public Route toTeam(long teamId) {
        return rules.toTeam(teamId);
    }

    /** The complaint keywords, alphabetically, lower-case. */
    public List<String> complaintKeywords() {
        return keywords.list();
    }
}
