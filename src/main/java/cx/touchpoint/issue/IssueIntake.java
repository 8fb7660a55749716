package cx.touchpoint.issue;

import cx.touchpoint.base.Text;
import cx.touchpoint.issue.routing.Route;
import cx.touchpoint.issue.routing.Router;
import cx.touchpoint.issue.routing.RoutingSample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/** Turns signals into routed issues, or into evidence on the open issue they belong to. */
@Component
class IssueIntake {

    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 4000;

    private final IssueRepository issues;
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
            Clock clock) {
        this.issues = issues;
        this.router = router;
        this.signals = signals;
        this.lookups = lookups;
        this.audit = audit;
        this.clock = clock;
    }

    /** The ids of the issues the response raised or attached to. */
    List<Long> fromResponse(StoredResponse response) {
        List<Long> touched = new ArrayList<>();
        List<Signal> raised = ResponseSignals.of(response, router.complaintKeywords());
        if (raised.isEmpty()) {
            return touched;
        }
        ToIntFunction<Severity> slaHours = lookups.slaPolicy(); // once for all the issues this response raises
        var open = signals.openSignalIssues(
                response.accountId(), raised.stream().map(s -> key(response, s)).toList());
        for (Signal signal : raised) {
            var sample = new RoutingSample(
                    response.comment(),
                    signal.cueId(),
                    signal.touchPointId(),
                    response.verticalMarketId(),
                    signal.severity());
            String excerpt = Text.shorten(signal.excerpt(), TEXT_MAX);
            Long openIssue = open.get(key(response, signal));
            if (openIssue != null) {
                audit.addEvidence(openIssue, response.id(), null, excerpt, clock.instant());
                audit.record(
                        openIssue,
                        null,
                        clock.instant(),
                        "EVIDENCE",
                        null,
                        null,
                        "Another survey response: " + Text.shorten(signal.title(), 300));
                touched.add(openIssue);
            } else {
                long id = raise(
                        IssueSource.RESPONSE,
                        response.accountId(),
                        signal.cueId(),
                        signal.touchPointId(),
                        signal.title(),
                        excerpt,
                        signal.severity(),
                        sample,
                        null,
                        slaHours);
                audit.addEvidence(id, response.id(), null, excerpt, clock.instant());
                open.put(key(response, signal), id);
                touched.add(id);
            }
        }
        return touched;
    }

    private static SignalQueries.SignalKey key(StoredResponse response, Signal signal) {
        return new SignalQueries.SignalKey(response.accountId(), signal.cueId(), signal.touchPointId());
    }

    /** A complaint always raises an issue (or attaches to the account's open one without cue). */
    long fromComplaint(SignalQueries.Complaint complaint) {
        String body = complaint.body().trim();
        var open = signals.openSignalIssue(complaint.accountId(), null, null);
        if (open.isPresent()) {
            audit.addEvidence(open.get(), null, complaint.id(), "", clock.instant());
            audit.record(open.get(), null, clock.instant(), "EVIDENCE", null, null, "Another complaint");
            return open.get();
        }
        Severity severity = ResponseSignals.firstKeyword(body, router.complaintKeywords()) == null
                ? Severity.MEDIUM
                : Severity.HIGH;
        var sample = new RoutingSample(body, null, null, complaint.verticalMarketId(), severity);
        long id = raise(
                IssueSource.COMPLAINT,
                complaint.accountId(),
                null,
                null,
                "Complaint from " + complaint.accountName() + ": " + Text.shorten(body, 80),
                body,
                severity,
                sample,
                null,
                lookups.slaPolicy());
        audit.addEvidence(id, null, complaint.id(), "", clock.instant());
        return id;
    }

    /**
     * Raises a routed issue due after the SLA hours of its severity; {@code slaHours} is the policy read
     * once by the caller ({@link IssueLookups#slaPolicy()}), shared by every issue one response raises.
     */
    long raise(
            IssueSource source,
            long accountId,
            Long cueId,
            Long touchPointId,
            String title,
            String description,
            Severity severity,
            RoutingSample sample,
            Long createdBy,
            ToIntFunction<Severity> slaHours) {
        Route route = router.route(sample);
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofHours(slaHours.applyAsInt(severity)));
        var issue = Issue.raise(
                source,
                accountId,
                cueId,
                touchPointId,
                Text.shorten(title, TITLE_MAX),
                Text.shorten(description, TEXT_MAX),
                severity,
                route,
                createdBy,
                now,
                due);
        long id = issues.save(issue).id();
        String how = route.ruleName() == null
                ? "No routing rule matched: routed to " + route.teamName() + " for triage."
                : "Routed to " + route.teamName() + " by rule \"" + route.ruleName() + "\".";
        if (route.specialistId() != null) {
            how += " Assigned to " + route.specialistName() + ".";
        }
        audit.record(id, createdBy, now, "CREATED", null, IssueStatus.NEW.name(), how);
        return id;
    }
}
