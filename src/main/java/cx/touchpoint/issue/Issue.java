package cx.touchpoint.issue;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer problem on the board: the aggregate whose status rules live here. {@code @Version} makes
 * a second, stale save fail instead of overwriting what someone else changed.
 */
@Table("issue")
class Issue {

    @Id
    private Long id;

    private IssueSource source;
    private long accountId;
    private Long touchPointId;
    private Long cueId;
    private String title;
    private String description;
    private Severity severity;
    private IssueStatus status;
    private long ownerTeamId;
    private Long assigneeId;
    private Long routingRuleId;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant slaStartedAt;
    private Instant slaDueAt;
    private Instant escalatedAt;
    private Long escalatedToId;
    private Instant resolvedAt;
    private Instant closedAt;
    private Verification verification;
    private int reopenCount;
    private SignalGrouping signalGrouping = SignalGrouping.PER_SIGNAL;

    @Version
    private Integer version;

    Issue() {}

    /** A new issue as routed, its SLA started now and due at {@code slaDueAt}. */
    static Issue raise(NewIssue raised, Instant now, Instant slaDueAt) {
        var issue = new Issue();
        issue.source = raised.source();
        issue.accountId = raised.accountId();
        issue.cueId = raised.cueId();
        issue.touchPointId = raised.touchPointId();
        issue.title = raised.title();
        issue.description = raised.description() == null ? "" : raised.description();
        issue.severity = raised.severity();
        issue.status = IssueStatus.NEW;
        issue.ownerTeamId = raised.route().teamId();
        issue.assigneeId = raised.route().specialistId();
        issue.routingRuleId = raised.route().ruleId();
        issue.createdBy = raised.raisedBy();
        issue.createdAt = now;
        issue.updatedAt = now;
        issue.slaStartedAt = now;
        issue.slaDueAt = slaDueAt;
        return issue;
    }

    /**
     * What a change did to the SLA clock: the due time before and after, and the manager whose
     * escalation ended because the new due time lies in the future ({@code null} when none did).
     */
    record SlaChange(Instant previousDue, Instant newDue, Long clearedEscalationTo) {}

    /** A board move; closed and won't-fix issues must be reopened first. */
    void moveTo(IssueStatus target, Instant now) {
        if (target == status) {
            return;
        }
        if (!status.nextStatuses().contains(target)) {
            if (status.reopenable() && target.open()) {
                throw new IssueRuleException("A " + status.label().toLowerCase() + " issue cannot move to "
                        + target.label().toLowerCase() + " directly: reopen it first.");
            }
            throw new IssueRuleException("An issue cannot move from " + status.label() + " to " + target.label() + ".");
        }
        status = target;
        if (target == IssueStatus.RESOLVED) {
            resolvedAt = now;
            verification = null;
        }
        if (target == IssueStatus.CLOSED || target == IssueStatus.WONT_FIX) {
            closedAt = now;
        }
        updatedAt = now;
    }

    /**
     * Back to work: in progress when someone is assigned, otherwise triaged. Counts as a reopen, and
     * starts a fresh SLA of {@code sla} from {@code now}: the old due time (and any escalation for
     * missing it) belongs to the work that was already done.
     */
    SlaChange reopen(Instant now, Duration sla) {
        if (!status.reopenable()) {
            throw new IssueRuleException("Only resolved, closed or won't-fix issues can be reopened.");
        }
        status = assigneeId == null ? IssueStatus.TRIAGED : IssueStatus.IN_PROGRESS;
        resolvedAt = null;
        closedAt = null;
        reopenCount++;
        updatedAt = now;
        return startSla(now, sla, now);
    }

    /** Marks a response-born issue as the one issue of its team for the responses that reach it. */
    void groupPerTeam() {
        signalGrouping = SignalGrouping.PER_TEAM;
    }

    /** The title follows the latest answer that attached to the issue. */
    void retitle(String newTitle, Instant now) {
        title = newTitle;
        updatedAt = now;
    }

    SignalGrouping signalGrouping() {
        return signalGrouping;
    }

    void assign(Long userId, Instant now) {
        assigneeId = userId;
        updatedAt = now;
    }

    void reroute(long teamId, Instant now) {
        ownerTeamId = teamId;
        routingRuleId = null;
        updatedAt = now;
    }

    /** The new severity's SLA, counted from when the current SLA started (creation or the last reopen). */
    SlaChange changeSeverity(Severity newSeverity, Duration sla, Instant now) {
        severity = newSeverity;
        updatedAt = now;
        return startSla(slaStartedAt, sla, now);
    }

    /**
     * Sets the SLA clock. An escalation is for missing the due time, so when the due time moves into
     * the future the escalation ends; once the new due time passes, the SLA check escalates again.
     */
    private SlaChange startSla(Instant start, Duration sla, Instant now) {
        Instant previous = slaDueAt;
        slaStartedAt = start;
        slaDueAt = start.plus(sla);
        Long cleared = null;
        if (escalatedAt != null && slaDueAt.isAfter(now)) {
            cleared = escalatedToId;
            escalatedAt = null;
            escalatedToId = null;
        }
        return new SlaChange(previous, slaDueAt, cleared);
    }

    void escalate(long toUserId, Instant now) {
        escalatedAt = now;
        escalatedToId = toUserId;
        updatedAt = now;
    }

    void verify(Verification result, Instant now) {
        verification = result;
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    IssueStatus status() {
        return status;
    }

    Severity severity() {
        return severity;
    }

    long ownerTeamId() {
        return ownerTeamId;
    }

    Long assigneeId() {
        return assigneeId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long cueId() {
        return cueId;
    }

    Long touchPointId() {
        return touchPointId;
    }

    long accountId() {
        return accountId;
    }

    IssueSource source() {
        return source;
    }

    int version() {
        return version == null ? 0 : version;
    }
}
