package cx.touchpoint.issue;

import cx.touchpoint.base.Text;
import cx.touchpoint.issue.routing.Route;
import cx.touchpoint.issue.routing.Router;
import cx.touchpoint.issue.routing.RoutingSample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns signals into routed issues, or into evidence on the open issue they belong to. */
@Component
class IssueIntake {

    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 4000;

    private final IssueRepository issues;
    private final SeverityRule severityRule;
    private final IssueWorkflow workflow;
    private final Router router;
    private final SignalQueries signals;
    private final IssueLookups lookups;
    private final AuditTrail audit;
    private final Clock clock;

    IssueIntake(
            IssueRepository issues,
            Router router,
            SignalQueries signals,
            IssueLookups lookups,
            AuditTrail audit,
            SeverityRule severityRule,
            IssueWorkflow workflow,
            Clock clock) {
        this.issues = issues;
        this.severityRule = severityRule;
        this.workflow = workflow;
        this.router = router;
        this.signals = signals;
        this.lookups = lookups;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The ids of the issues the response raised or attached to: each signal routed on its own, then the
     * signals grouped by the team they reach, so a response raises at most one issue per team. A team
     * that already has an open issue of this account gets the signals as evidence on it instead.
     */
    List<Long> fromResponse(StoredResponse response) {
        List<Signal> raised = ResponseSignals.of(response, router.complaintKeywords(), severityRule);
        if (raised.isEmpty()) {
            return List.of();
        }
        // every signal but the detractor by the routing rules, all in one statement
        var routed = router.routeAll(raised.stream()
                        .filter(signal -> signal.kind() != Signal.Kind.DETRACTOR)
                        .map(signal -> new RoutingSample(
                                signal.kind() == Signal.Kind.COMMENT ? response.comment() : null,
                                signal.cueId(),
                                signal.touchPointId(),
                                response.verticalMarketId(),
                                signal.severity()))
                        .toList())
                .iterator();
        Map<Long, List<Routed>> byTeam = new LinkedHashMap<>();
        for (Signal signal : raised) {
            Route route = signal.kind() == Signal.Kind.DETRACTOR
                    ? Router.toTeam(response.owningTeamId(), response.owningTeamName())
                    : routed.next();
            byTeam.computeIfAbsent(route.teamId(), team -> new ArrayList<>()).add(new Routed(signal, route));
        }
        ToIntFunction<Severity> slaHours = lookups.slaPolicy(); // once for all the issues this response raises
        var open = signals.openTeamIssues(response.accountId(), byTeam.keySet());
        Long[] touched = new Long[byTeam.size()];
        List<TeamIssue> toRaise = new ArrayList<>();
        List<Integer> raisedAt = new ArrayList<>();
        int team = 0;
        for (var group : byTeam.entrySet()) {
            var issue = TeamIssue.of(response, group.getValue(), severityRule);
            Long openIssue = open.get(group.getKey());
            if (openIssue != null) {
                touched[team] = attach(openIssue, response, issue);
            } else {
                toRaise.add(issue);
                raisedAt.add(team);
            }
            team++;
        }
        List<Long> raisedIds = raise(response, toRaise, slaHours);
        for (int i = 0; i < raisedIds.size(); i++) {
            touched[raisedAt.get(i)] = raisedIds.get(i);
        }
        return List.of(touched);
    }

    private record Routed(Signal signal, Route route) {}

    /** What one team is asked to act on from one response: its signals, worst first. */
    private record TeamIssue(
            Route route, Long cueId, Long touchPointId, Severity severity, String title, String evidence) {

        static TeamIssue of(StoredResponse response, List<Routed> routed, SeverityRule rule) {
            var worstFirst = routed.stream()
                    .sorted(Comparator.comparing((Routed r) -> r.signal().severity())
                            .reversed()
                            .thenComparing(r -> r.signal().kind()))
                    .toList();
            Signal worst = worstFirst.get(0).signal();
            var lowest = worstFirst.stream()
                    .map(Routed::signal)
                    .filter(s -> s.kind() == Signal.Kind.LOW_SCORE)
                    .min(Comparator.comparingInt(Signal::score));
            String problems = worstFirst.stream()
                    .map(r -> r.signal().problem())
                    .distinct()
                    .collect(Collectors.joining(", "));
            String evidence = worstFirst.stream()
                    .map(r -> r.signal().excerpt())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            return new TeamIssue(
                    worstFirst.get(0).route(),
                    lowest.map(Signal::cueId).orElse(null),
                    lowest.map(Signal::touchPointId).orElse(response.touchPointId()),
                    rule.ofIssue(worst.severity(), response.annualRevenue()),
                    Text.shorten(response.accountName() + ": " + problems, TITLE_MAX),
                    Text.shorten(evidence, TEXT_MAX));
        }
    }

    /** Raises the teams' issues of one response together: one batch of issues, audit lines and evidence. */
    private List<Long> raise(StoredResponse response, List<TeamIssue> found, ToIntFunction<Severity> slaHours) {
        List<Long> ids = raiseAll(
                found.stream()
                        .map(issue -> NewIssue.fromSignal(
                                IssueSource.RESPONSE,
                                response.accountId(),
                                issue.cueId(),
                                issue.touchPointId(),
                                issue.title(),
                                issue.evidence(),
                                issue.severity(),
                                issue.route()))
                        .toList(),
                slaHours);
        List<AuditTrail.IssueEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            evidence.add(new AuditTrail.IssueEvidence(
                    ids.get(i),
                    AuditTrail.Evidence.ofResponse(response.id(), found.get(i).evidence())));
        }
        audit.addEvidence(evidence, clock.instant());
        return ids;
    }

    /**
     * The response's signals as evidence on the team's open issue; its title follows the latest answer,
     * and a worse signal raises its severity (and so shortens its SLA, counted from when it started).
     */
    private long attach(long issueId, StoredResponse response, TeamIssue found) {
        Instant now = clock.instant();
        audit.addEvidence(issueId, AuditTrail.Evidence.ofResponse(response.id(), found.evidence()), now);
        Issue issue = issues.findById(issueId).orElseThrow();
        Severity before = issue.severity();
        issue.retitle(found.title(), now);
        int saved = issues.save(issue).version();
        if (found.severity().compareTo(before) > 0) {
            // the same change as a person's: its SLA, audit line and any escalation it ends
            workflow.changeSeverity(issueId, saved, found.severity(), null);
        }
        audit.recordBySystem(
                issueId, now, AuditLine.note(AuditKind.EVIDENCE, "Another survey response: " + found.title()));
        return issueId;
    }

    /** A complaint always raises an issue (or attaches to the account's open one without cue). */
    long fromComplaint(SignalQueries.Complaint complaint) {
        String body = complaint.body().trim();
        var open = signals.openSignalIssue(complaint.accountId(), null, null);
        if (open.isPresent()) {
            audit.addEvidence(open.get(), AuditTrail.Evidence.ofComplaint(complaint.id()), clock.instant());
            audit.recordBySystem(open.get(), clock.instant(), AuditLine.note(AuditKind.EVIDENCE, "Another complaint"));
            return open.get();
        }
        Severity severity = ResponseSignals.firstKeyword(body, router.complaintKeywords()) == null
                ? Severity.MEDIUM
                : Severity.HIGH;
        var sample = new RoutingSample(body, null, null, complaint.verticalMarketId(), severity);
        long id = raise(
                NewIssue.fromSignal(
                        IssueSource.COMPLAINT,
                        complaint.accountId(),
                        null,
                        null,
                        "Complaint from " + complaint.accountName() + ": " + Text.shorten(body, 80),
                        body,
                        severity,
                        router.route(sample)),
                lookups.slaPolicy());
        audit.addEvidence(id, AuditTrail.Evidence.ofComplaint(complaint.id()), clock.instant());
        return id;
    }

    /** Where routing sends an issue of this sample (the first matching rule, else the fallback). */
    Route route(RoutingSample sample) {
        return router.route(sample);
    }

    /**
     * Raises an issue on {@code route}, due after the SLA hours of its severity; {@code slaHours} is the
     * policy read once by the caller ({@link IssueLookups#slaPolicy()}), shared by every issue one
     * response raises.
     */
    long raise(NewIssue raised, ToIntFunction<Severity> slaHours) {
        return raiseAll(List.of(raised), slaHours).get(0);
    }

    /**
     * Raises the issues, each due after the SLA hours of its severity, in one batch with their audit lines;
     * returns their ids in the given order.
     */
    private List<Long> raiseAll(List<NewIssue> raised, ToIntFunction<Severity> slaHours) {
        if (raised.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Issue> built = new ArrayList<>();
        for (NewIssue r : raised) {
            var issue = Issue.raise(
                    new NewIssue(
                            r.source(),
                            r.accountId(),
                            r.cueId(),
                            r.touchPointId(),
                            Text.shorten(r.title(), TITLE_MAX),
                            Text.shorten(r.description(), TEXT_MAX),
                            r.severity(),
                            r.route(),
                            r.raisedBy()),
                    now,
                    now.plus(Duration.ofHours(slaHours.applyAsInt(r.severity()))));
            if (r.source() == IssueSource.RESPONSE) {
                issue.groupPerTeam();
            }
            built.add(issue);
        }
        List<Long> ids = issues.saveAll(built).stream().map(Issue::id).toList();
        List<AuditTrail.Entry> created = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            NewIssue r = raised.get(i);
            created.add(new AuditTrail.Entry(
                    ids.get(i),
                    r.raisedBy(),
                    AuditLine.set(AuditKind.CREATED, IssueStatus.NEW.name(), how(r.route()))));
        }
        audit.recordAll(created, now);
        return ids;
    }

    /** How routing placed a new issue, in its first audit line. */
    private static String how(Route route) {
        String how = route.ruleName() == null
                ? "No routing rule matched: routed to " + route.teamName() + " for triage."
                : "Routed to " + route.teamName() + " by rule \"" + route.ruleName() + "\".";
        if (route.specialistId() != null) {
            how += " Assigned to " + route.specialistName() + ".";
        }
        return how;
    }
}
