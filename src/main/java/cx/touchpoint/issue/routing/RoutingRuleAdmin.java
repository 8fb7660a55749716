package cx.touchpoint.issue.routing;

import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.KeywordMatcher;
import cx.touchpoint.issue.IssueConflictException;
import cx.touchpoint.issue.IssueRuleException;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.AdminAudit.Subject;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * Validates, saves and tries out routing rules; messages name the field and the problem. Every change (create,
 * edit, delete, reorder) is written to the admin audit log with the rule before and after.
 */
@Component
class RoutingRuleAdmin {

    private final RoutingRules rules;
    private final RoutingRuleRepository repository;
    private final Router router;
    private final InputValidator validator;
    private final AdminAudit audit;

    RoutingRuleAdmin(
            RoutingRules rules,
            RoutingRuleRepository repository,
            Router router,
            InputValidator validator,
            AdminAudit audit) {
        this.rules = rules;
        this.repository = repository;
        this.router = router;
        this.validator = validator;
        this.audit = audit;
    }

    long save(RoutingRule rule) {
        validate(rule);
        String before = rule.id() == null ? null : described(rule.id());
        long id;
        try {
            id = repository.save(rule).id();
        } catch (OptimisticLockingFailureException | DbActionExecutionException e) {
            throw new IssueConflictException("Someone else changed or deleted the rule \"" + rule.name()
                    + "\" since you opened it. Nothing was saved; reopen the rule to see their version.");
        }
        audit.record(
                Subject.ROUTING,
                id,
                "Routing rule \"" + rule.name() + "\"",
                rule.id() == null ? "rule created" : "rule edited",
                before,
                described(id));
        return id;
    }

    private String described(long id) {
        return rules.row(id).map(RoutingRuleRow::describe).orElse(null);
    }

    void delete(long id, int version) {
        var stored = repository.findById(id).filter(rule -> rule.version() == version);
        if (stored.isEmpty()) {
            throw new IssueConflictException(
                    "Someone else changed or deleted this rule since you opened it. Nothing was deleted.");
        }
        String before = described(id);
        repository.delete(stored.get());
        audit.record(Subject.ROUTING, id, "Routing rule \"" + stored.get().name() + "\"", "rule deleted", before, null);
    }

    /** Swaps the rule with its neighbour above (-1) or below (+1); false when there is none. */
    boolean move(long id, int direction) {
        var neighbourId = rules.neighbour(id, direction);
        if (neighbourId.isEmpty()) {
            return false;
        }
        RoutingRule rule = repository.findById(id).orElseThrow();
        RoutingRule neighbour = repository.findById(neighbourId.get()).orElseThrow();
        // positions are unique: the rule waits on a free position while the neighbour takes its place
        RoutingRule parked = repository.save(rule.withPosition(rules.freePosition()));
        repository.save(neighbour.withPosition(rule.position()));
        repository.save(parked.withPosition(neighbour.position()));
        audit.record(
                Subject.ROUTING,
                id,
                "Routing rule \"" + rule.name() + "\"",
                direction < 0 ? "rule moved up" : "rule moved down",
                "position " + rule.position() + " (\"" + neighbour.name() + "\" at " + neighbour.position() + ")",
                "position " + neighbour.position() + " (\"" + neighbour.name() + "\" at " + rule.position() + ")");
        return true;
    }

    RuleTestResult test(RoutingRule draft, RoutingSample sample) {
        var check = rules.check(draft, sample);
        List<String> failed = new ArrayList<>();
        if (!check.keywordsOk()) {
            String keywords = draft.keywords().isEmpty()
                    ? ""
                    : "none of its keywords (" + String.join(", ", draft.keywords()) + ") occurs in the text";
            String theme = draft.themeId() == null ? "" : "the text's theme is not the rule's";
            failed.add(keywords.isEmpty() ? theme : theme.isEmpty() ? keywords : keywords + ", and " + theme);
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
        String found = KeywordMatcher.firstMatch(sample.text(), draft.keywords())
                .map(k -> " (keyword \"" + k + "\" found)")
                .orElse(check.themeOk() ? " (by its theme)" : "");
        String explanation = failed.isEmpty()
                ? "Matches" + found + ": this rule would route the sample to " + team + "."
                : "Does not match: " + String.join("; ", failed) + ".";
        Route current = router.route(sample);
        String today = "With the saved rules the sample goes to " + current.teamName()
                + (current.ruleName() == null
                        ? " (no rule matched: fallback)."
                        : " by \"" + current.ruleName() + "\".");
        return new RuleTestResult(failed.isEmpty(), explanation, today);
    }

    private void validate(RoutingRule rule) {
        List<InvalidInput.Problem> more = new ArrayList<>();
        if (rule.position() >= 1 && rules.positionTaken(rule.position(), rule.id())) {
            more.add(new InvalidInput.Problem(
                    "position", "Position " + rule.position() + " is taken by another rule; choose a free one."));
        }
        if (rule.name() != null && rules.nameTaken(rule.name(), rule.id())) {
            more.add(new InvalidInput.Problem("name", "A rule named \"" + rule.name() + "\" already exists."));
        }
        if (rule.specialistId() != null
                && (rule.ownerTeamId() == null || !rules.inTeam(rule.specialistId(), rule.ownerTeamId()))) {
            more.add(new InvalidInput.Problem("specialistId", "Specialist: choose someone in the owner team."));
        }
        for (String keyword : rule.keywords()) {
            KeywordMatcher.syntaxProblem(keyword).ifPresent(p -> more.add(new InvalidInput.Problem("keywords", p)));
        }
        var problems = new ArrayList<>(validator.problems(rule));
        problems.addAll(more);
        if (!problems.isEmpty()) {
            throw new IssueRuleException(problems);
        }
    }
}
