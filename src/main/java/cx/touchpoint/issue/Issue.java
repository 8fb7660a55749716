package cx.touchpoint.issue;

import cx.touchpoint.issue.routing.Route;
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
    private Instant slaDueAt;
    private Instant escalatedAt;
    private Long escalatedToId;
    private Instant resolvedAt;
    private Instant closedAt;
    private Verification verification;
    private int reopenCount;

    @Version
    private Integer version;

    Issue() {}

    static Issue raise(
            IssueSource source,
            long accountId,
            Long cueId,
            Long touchPointId,
            String title,
            String description,
            Severity severity,
            Route route,
            Long createdBy,
            Instant now,
            Instant slaDueAt) {
        var issue = new Issue();
        issue.source = source;
        issue.accountId = accountId;
        issue.cueId = cueId;
        issue.touchPointId = touchPointId;
        issue.title = title;
        issue.description = description == null ? "" : description;
        issue.severity = severity;
        issue.status = IssueStatus.NEW;
        issue.ownerTeamId = route.teamId();
        issue.assigneeId = route.specialistId();
        issue.routingRuleId = route.ruleId();
        issue.createdBy = createdBy;
        issue.createdAt = now;
        issue.updatedAt = now;
        issue.slaDueAt = slaDueAt;
        return issue;
    }

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

    /** Back to work: in progress when someone is assigned, otherwise triaged. Counts as a reopen. */
    void reopen(Instant now) {
        if (!status.reopenable()) {
            throw new IssueRuleException("Only resolved, closed or won't-fix issues can be reopened.");
        }
        status = assigneeId == null ? IssueStatus.TRIAGED : IssueStatus.IN_PROGRESS;
        resolvedAt = null;
        closedAt = null;
        reopenCount++;
        updatedAt = now;
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

    void changeSeverity(Severity newSeverity, Instant newDue, Instant now) {
        severity = newSeverity;
        slaDueAt = newDue.isBefore(createdAt) ? createdAt : newDue;
        updatedAt = now;
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
