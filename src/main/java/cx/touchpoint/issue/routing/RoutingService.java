package cx.touchpoint.issue.routing;

import cx.touchpoint.base.KeywordMatcher;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.issue.IssueLookups;
import cx.touchpoint.issue.IssueRuleException;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.theme.ThemeProbe;
import cx.touchpoint.theme.ThemeService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing-rule administration for admins (others read the list): the ordered rules, the rule tester
 * and the complaint keywords.
 */
@Service
@Transactional
@Requires(Permission.READ_ISSUES)
public class RoutingService {

    private final RoutingRules rules;
    private final RoutingRuleAdmin ruleAdmin;
    private final RoutingRuleRepository repository;
    private final ComplaintKeywords keywords;
    private final Router router;
    private final ReferenceData referenceData;
    private final IssueLookups lookups;
    private final CurrentUser currentUser;
    private final ThemeService themes;
    private final AdminAudit audit;

    RoutingService(
            RoutingRules rules,
            RoutingRuleAdmin ruleAdmin,
            RoutingRuleRepository repository,
            ComplaintKeywords keywords,
            Router router,
            ReferenceData referenceData,
            IssueLookups lookups,
            CurrentUser currentUser,
            ThemeService themes,
            AdminAudit audit) {
        this.audit = audit;
        this.rules = rules;
        this.ruleAdmin = ruleAdmin;
        this.repository = repository;
        this.keywords = keywords;
        this.router = router;
        this.referenceData = referenceData;
        this.lookups = lookups;
        this.currentUser = currentUser;
        this.themes = themes;
    }

    /** The reference lists a rule's conditions choose from. */
    @Transactional(readOnly = true)
    public ReferenceChoices choices() {
        return new ReferenceChoices(
                referenceData.cuesWithRetired(),
                referenceData.touchPointsWithRetired(),
                referenceData.verticalMarketsWithRetired(),
                referenceData.teams());
    }

    /** Specialists and team leads of the team, who a rule may assign. */
    @Transactional(readOnly = true)
    public List<Option> specialists(long teamId) {
        return lookups.workers(teamId);
    }

    /** Where an issue about {@code sample} goes: the first matching enabled rule, else customer service. */
    @Transactional(readOnly = true)
    @Requires(Permission.UNRESTRICTED)
    public Route route(RoutingSample sample) {
        return router.route(sample);
    }

    /** A page of routing rules in the order they are tried. */
    @Transactional(readOnly = true)
    public List<RoutingRuleRow> routingRules(int offset, int limit) {
        return rules.page(offset, limit);
    }

    /** A routing rule to edit. */
    @Transactional(readOnly = true)
    public Optional<RoutingRule> routingRule(long id) {
        return repository.findById(id);
    }

    /** A blank rule at the next free position before the fallback. */
    @Transactional(readOnly = true)
    public RoutingRule newRoutingRule() {
        return RoutingRule.blank(rules.nextPosition());
    }

    /** Whether the signed-in user may change routing rules (admins). */
    @Requires(Permission.SIGNED_IN)
    public boolean canEditRoutingRules() {
        return currentUser.may(Permission.EDIT_ROUTING);
    }

    /** Saves a new or changed rule; clear message on bad input or when someone else saved first. */
    @Requires(Permission.EDIT_ROUTING)
    public long saveRoutingRule(RoutingRule rule) {
        return ruleAdmin.save(rule);
    }

    /** Moves a rule one place up (-1) or down (+1) in the order rules are tried. */
    @Requires(Permission.EDIT_ROUTING)
    public void moveRoutingRule(long id, int direction) {
        if (!ruleAdmin.move(id, direction)) {
            throw new IssueRuleException(direction < 0 ? "The rule is already first." : "The rule is already last.");
        }
    }

    /** Deletes a rule; issues it routed keep their team. */
    @Requires(Permission.EDIT_ROUTING)
    public void deleteRoutingRule(long id, int version) {
        ruleAdmin.delete(id, version);
    }

    /**
     * Tries an unsaved rule on a sample, and says where the saved rules send the sample today. The sample's theme
     * is what the comment analysis sees in its text (sentence model on this server); the result says which.
     */
    @Transactional(readOnly = true)
    public RuleTestResult testRoutingRule(RoutingRule draft, RoutingSample sample) {
        ThemeProbe seen = themes.probe(sample.text());
        var themed = new RoutingSample(
                sample.text(),
                sample.cueId(),
                sample.touchPointId(),
                sample.verticalMarketId(),
                sample.severity(),
                seen.themeId());
        var result = ruleAdmin.test(draft, themed);
        return new RuleTestResult(result.matches(), result.explanation(), result.currentRouting(), seen.explanation());
    }

    /** Active themes a rule can match (and the rule's own theme, whatever its status). */
    @Transactional(readOnly = true)
    public List<Option> themeChoices(Long ruleThemeId) {
        return themes.themeOptions(ruleThemeId);
    }

    /** The saved complaint keyword that {@code text} contains, as complaint detection finds it. */
    @Transactional(readOnly = true)
    public Optional<String> complaintKeywordIn(String text) {
        return KeywordMatcher.firstMatch(text, keywords.list());
    }

    /** The complaint keywords that turn a survey comment into an issue, alphabetically. */
    @Transactional(readOnly = true)
    public List<String> complaintKeywords() {
        return keywords.list();
    }

    /**
     * Replaces the complaint keyword list (admins): each 2-60 characters in the syntax of {@link
     * KeywordMatcher} (whole words; "deliver*" for a prefix), stored lower-case. Nothing is saved when
     * one keyword is wrong.
     *
     * @throws IssueRuleException naming the first wrong keyword and what is wrong with it
     */
    @Requires(Permission.EDIT_ROUTING)
    public void saveComplaintKeywords(List<String> words) {
        var clean = words.stream()
                .filter(k -> !k.isBlank())
                .map(KeywordMatcher::normalise)
                .distinct()
                .toList();
        if (clean.size() > RoutingRule.COMPLAINT_KEYWORDS_MAX) {
            throw new IssueRuleException("At most " + RoutingRule.COMPLAINT_KEYWORDS_MAX
                    + " complaint keywords; you entered " + clean.size() + ".");
        }
        for (String keyword : clean) {
            KeywordMatcher.problem(keyword).ifPresent(problem -> {
                throw new IssueRuleException(problem);
            });
        }
        List<String> before = keywords.list();
        keywords.replace(clean);
        if (!java.util.Set.copyOf(before).equals(java.util.Set.copyOf(clean))) {
            audit.record(
                    AdminAudit.Subject.ROUTING,
                    null,
                    "Complaint keywords",
                    "keywords changed",
                    String.join(", ", before),
                    String.join(", ", keywords.list()));
        }
    }

    /**
     * The choices of the routing-rule form: retired items marked, offered by the form only where the rule
     * already names them.
     */
    public record ReferenceChoices(
            List<Option> cues, List<Option> touchPoints, List<Option> verticalMarkets, List<Option> teams) {}
}
