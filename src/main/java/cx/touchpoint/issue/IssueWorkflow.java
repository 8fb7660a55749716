package cx.touchpoint.issue;

import cx.touchpoint.base.Dates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Every change a person makes to an issue: checked against the version they saw, applied by the
 * aggregate's rules, saved with {@code @Version} and written to the audit trail.
 */
@Component
class IssueWorkflow {

    private final IssueRepository issues;
    private final IssueLookups lookups;
    private final AuditTrail audit;
    private final Clock clock;

    IssueWorkflow(IssueRepository issues, IssueLookups lookups, AuditTrail audit, Clock clock) {
        this.issues = issues;
        this.lookups = lookups;
        this.audit = audit;
        this.clock = clock;
    }

    void move(long id, int seenVersion, IssueStatus target, Long actor) {
        move(id, seenVersion, target, actor, "");
    }

    /** A board move with a note in its audit line (a resolution says what was done). */
    void move(long id, int seenVersion, IssueStatus target, Long actor, String note) {
        change(id, seenVersion, actor, (issue, events) -> {
            IssueStatus from = issue.status();
            issue.moveTo(target, clock.instant());
            if (from != target) {
                events.add(AuditLine.change(AuditKind.STATUS, from.name(), target.name(), note));
            }
        });
    }

    /**
     * Every way an issue opens again goes through here — a person's reopen and a customer's still-low
     * follow-up answer ({@code actor} null) — so each starts a fresh SLA and ends a stale escalation.
     */
    void reopen(long id, int seenVersion, Long actor, String why) {
        change(id, seenVersion, actor, (issue, events) -> {
            IssueStatus from = issue.status();
            var sla = issue.reopen(clock.instant(), sla(issue.severity()));
            events.add(AuditLine.change(
                    AuditKind.STATUS,
                    from.name(),
                    issue.status().name(),
                    why == null || why.isBlank() ? "Reopened" : "Reopened: " + why.trim()));
            events.add(AuditLine.change(
                    AuditKind.SLA,
                    due(sla.previousDue()),
                    due(sla.newDue()),
                    "Reopened: a fresh " + issue.severity().label().toLowerCase(Locale.ENGLISH) + " SLA of "
                            + lookups.slaHours(issue.severity()) + " h from now."));
            escalationCleared(sla, events);
        });
    }

    void assign(long id, int seenVersion, Long assigneeId, Long actor) {
        change(id, seenVersion, actor, (issue, events) -> {
            Long from = issue.assigneeId();
            if (java.util.Objects.equals(from, assigneeId)) {
                return;
            }
            issue.assign(assigneeId, clock.instant());
            events.add(AuditLine.change(
                    AuditKind.ASSIGNEE, lookups.name("app_user", from), lookups.name("app_user", assigneeId), ""));
        });
    }

    void reroute(long id, int seenVersion, long teamId, Long actor, String why) {
        change(id, seenVersion, actor, (issue, events) -> {
            long from = issue.ownerTeamId();
            if (from == teamId) {
                throw new IssueRuleException("The issue is already with " + lookups.name("team", teamId) + ".");
            }
            issue.reroute(teamId, clock.instant());
            events.add(AuditLine.change(
                    AuditKind.TEAM,
                    lookups.name("team", from),
                    lookups.name("team", teamId),
                    why == null ? "" : why.trim()));
            if (issue.assigneeId() != null) {
                String previous = lookups.name("app_user", issue.assigneeId());
                issue.assign(null, clock.instant());
                events.add(AuditLine.change(AuditKind.ASSIGNEE, previous, null, "The new team assigns it."));
            }
        });
    }

    void changeSeverity(long id, int seenVersion, Severity severity, Long actor) {
        change(id, seenVersion, actor, (issue, events) -> {
            Severity from = issue.severity();
            if (from == severity) {
                return;
            }
            var sla = issue.changeSeverity(severity, sla(severity), clock.instant());
            events.add(
                    AuditLine.change(AuditKind.SEVERITY, from.name(), severity.name(), "SLA due " + due(sla.newDue())));
            escalationCleared(sla, events);
        });
    }

    private Duration sla(Severity severity) {
        return Duration.ofHours(lookups.slaHours(severity));
    }

    /** A due time as the audit trail shows it, in the company's time zone, e.g. "16 May 10:00 UTC". */
    private String due(Instant due) {
        return Dates.dayTime(due);
    }

    private void escalationCleared(Issue.SlaChange sla, List<AuditLine> events) {
        if (sla.clearedEscalationTo() != null) {
            events.add(AuditLine.change(
                    AuditKind.ESCALATION_CLEARED,
                    null,
                    lookups.name("app_user", sla.clearedEscalationTo()),
                    "The SLA is due again on " + due(sla.newDue())
                            + "; the issue escalates again if that passes while it is open."));
        }
    }

    private void change(long id, int seenVersion, Long actor, BiConsumer<Issue, List<AuditLine>> apply) {
        Issue issue =
                issues.findById(id).orElseThrow(() -> new IssueRuleException("Issue #" + id + " no longer exists."));
        if (issue.version() != seenVersion) {
            throw conflict(id);
        }
        List<AuditLine> events = new ArrayList<>();
        apply.accept(issue, events);
        if (events.isEmpty()) {
            return;
        }
        try {
            issues.save(issue);
        } catch (OptimisticLockingFailureException e) {
            throw conflict(id);
        }
        Instant now = clock.instant();
        // the audit lines a change produces are written only once the issue saved
        events.forEach(line -> audit.record(id, actor, now, line));
    }

    IssueConflictException conflict(long id) {
        String who = audit.lastChange(id)
                .map(last -> (last.actorName() == null
                                ? "The system (SLA escalation or a survey response)"
                                : last.actorName())
                        + " changed this issue at "
                        + Dates.dayTime(last.occurredAt()))
                .orElse("Someone else changed this issue");
        return new IssueConflictException(
                who + " after you opened it. Your change was not saved; the panel now shows the latest version.");
    }
}
