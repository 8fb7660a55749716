package cx.touchpoint.issue.routing;

import cx.touchpoint.issue.IssueConflictException;
import cx.touchpoint.issue.IssueRuleException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Validates, saves and tries out routing rules; messages name the field and the problem. */
@Component
class RoutingRuleAdmin {

    private final RoutingRules rules;
    private final Router router;

    RoutingRuleAdmin(RoutingRules rules, Router router) {
        this.rules = rules;
        this.router = router;
    }

    long save(RoutingRule rule) {
        validate(rule);
        if (rule.id() == null) {
            return rules.insert(rule);
        }
        if (!rules.update(rule)) {
            throw new IssueConflictException("Someone else changed or deleted the rule \"" + rule.name()
                    + "\" since you opened it. Nothing was saved; reopen the rule to see their version.");
        }
        return rule.id();
    }

    void delete(long id, int version) {
        if (!rules.delete(id, version)) {
            throw new IssueConflictException(
                    "Someone else changed or deleted this rule since you opened it. Nothing was deleted.");
        }
    }

    RuleTestResult test(RoutingRule draft, RoutingSample sample) {
        var check = rules.check(draft, sample);
        List<String> failed = new ArrayList<>();
        if (!check.keywordsOk()) {
            failed.add("none of its keywords (" + String.join(", ", draft.keywords()) + ") occurs in the text");
        }
        if (!check.cueOk()) {
            failed.add("the cue differs");
        }
        if (!check.touchPointOk()) {
            failed.add("the touch point differs");
        }
        if (!check.stageOk()) {
            failed.add("the life-cycle stage differs");
        }
        if (!check.verticalOk()) {
            failed.add("the vertical market differs");
        }
        if (!check.severityOk()) {
            failed.add("the severity is below " + draft.minSeverity().label().toLowerCase());
        }
        String team = draft.ownerTeamId() == null ? "its team" : rules.teamName(draft.ownerTeamId());
        String explanation = failed.isEmpty()
                ? "Matches: this rule would route the sample to " + team + "."
                : "Does not match: " + String.join("; ", failed) + ".";
        Route current = router.route(sample);
        String today = "With the saved rules the sample goes to " + rules.teamName(current.teamId())
                + (current.ruleName() == null
                        ? " (no rule matched: fallback)."
                        : " by \"" + current.ruleName() + "\".");
        return new RuleTestResult(failed.isEmpty(), explanation, today);
    }

    private void validate(RoutingRule rule) {
        String name = rule.name() == null ? "" : rule.name().trim();
        if (name.length() < RoutingRule.NAME_MIN || name.length() > RoutingRule.NAME_MAX) {
            throw new IssueRuleException(
                    "Name: " + RoutingRule.NAME_MIN + " to " + RoutingRule.NAME_MAX + " characters.");
        }
        if (rule.position() < 1) {
            throw new IssueRuleException("Position: 1 or more (rules are tried from 1 upwards).");
        }
        if (rule.ownerTeamId() == null) {
            throw new IssueRuleException("Owner team: choose the team the rule routes to.");
        }
        if (rules.positionTaken(rule.position(), rule.id())) {
            throw new IssueRuleException(
                    "Position " + rule.position() + " is taken by another rule; choose a free one.");
        }
        if (rules.nameTaken(name, rule.id())) {
            throw new IssueRuleException("A rule named \"" + name + "\" already exists.");
        }
        for (String keyword : rule.keywords()) {
            if (keyword.length() < 2 || keyword.length() > RoutingRule.KEYWORD_MAX) {
                throw new IssueRuleException(
                        "Keyword \"" + keyword + "\": 2 to " + RoutingRule.KEYWORD_MAX + " characters.");
            }
        }
        if (rule.specialistId() != null && !rules.inTeam(rule.specialistId(), rule.ownerTeamId())) {
            throw new IssueRuleException("Specialist: choose someone in the owner team.");
        }
    }
}
