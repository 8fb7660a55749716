package cx.touchpoint.issue;

import cx.touchpoint.base.Text;
import cx.touchpoint.issue.routing.Route;
import cx.touchpoint.issue.routing.Router;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.theme.CommentThemed;
import cx.touchpoint.theme.Sentiment;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the issue board does once the analysis has given a comment its theme (after the response or complaint
 * was stored and routed by its words): the issues raised from the comment carry the theme; a new issue whose
 * theme a routing rule names goes to that rule's team ("the handhelds die before lunch" reaches product
 * development without the word "battery"); and a negative comment whose theme a rule names raises an issue
 * when its response raised none.
 */
@Component
class ThemedComments {

    private final SignalQueries signals;
    private final Router router;
    private final IssueWorkflow workflow;
    private final IssueIntake intake;
    private final IssueLookups lookups;
    private final AuditTrail audit;
    private final Clock clock;

    ThemedComments(
            SignalQueries signals,
            Router router,
            IssueWorkflow workflow,
            IssueIntake intake,
            IssueLookups lookups,
            AuditTrail audit,
            Clock clock) {
        this.signals = signals;
        this.router = router;
        this.workflow = workflow;
        this.intake = intake;
        this.lookups = lookups;
        this.audit = audit;
        this.clock = clock;
    }

    void themed(CommentThemed comment) {
        List<SignalQueries.FromComment> issues = signals.issuesFrom(comment.responseId(), comment.complaintId());
        signals.labelTheme(issues.stream().map(SignalQueries.FromComment::id).toList(), comment.themeId());
        for (var issue : issues) {
            if (issue.status() != IssueStatus.NEW) {
                continue; // triaged issues stay where people put them
            }
            var sample = new RoutingSample(
                    comment.text(),
                    issue.cueId(),
                    issue.touchPointId(),
                    issue.verticalMarketId(),
                    issue.severity(),
                    comment.themeId());
            router.routeByTheme(sample)
                    .filter(route -> route.teamId() != issue.ownerTeamId())
                    .ifPresent(route -> workflow.reroute(
                            issue.id(),
                            issue.version(),
                            route.teamId(),
                            null,
                            "The comment's theme is \"" + comment.themeName() + "\": routed by rule \""
                                    + route.ruleName() + "\"."));
        }
        if (issues.isEmpty() && comment.responseId() != null && comment.sentiment() == Sentiment.NEGATIVE) {
            raise(comment);
        }
    }

    private void raise(CommentThemed comment) {
        var response = signals.response(comment.responseId()).orElse(null);
        if (response == null) {
            return;
        }
        var sample = new RoutingSample(
                comment.text(),
                null,
                response.touchPointId(),
                response.verticalMarketId(),
                Severity.MEDIUM,
                comment.themeId());
        Optional<Route> byTheme = router.routeByTheme(sample);
        if (byTheme.isEmpty()) {
            return;
        }
        String excerpt = Text.shorten("Comment: \"" + comment.text() + "\"", 4000);
        long id = intake.raise(
                NewIssue.fromSignal(
                        IssueSource.RESPONSE,
                        response.accountId(),
                        null,
                        response.touchPointId(),
                        "Negative comment on \"" + comment.themeName() + "\" from " + response.accountName(),
                        excerpt,
                        Severity.MEDIUM,
                        byTheme.get()),
                lookups.slaPolicy());
        audit.addEvidence(id, AuditTrail.Evidence.ofResponse(response.id(), excerpt), clock.instant());
        signals.labelTheme(List.of(id), comment.themeId());
    }
}
