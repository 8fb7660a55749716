package cx.touchpoint.issue;

import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue board as everyone who may see it reads it: columns, one issue, team metrics, and what the
 * signed-in user may do there. Changes are {@link IssueChangeService}, raising by hand
 * {@link RaiseIssueService}, intake from responses {@link IntakeService}, SLA escalation
 * {@link SlaEscalation}, routing rules {@link cx.touchpoint.issue.routing.RoutingService}.
 */
@Service
@Transactional
@Requires(Permission.READ_ISSUES)
public class IssueService {

    private final BoardQueries board;
    private final IssueLookups lookups;
    private final ReferenceData referenceData;
    private final TeamMetricsQueries metrics;
    private final CurrentUser currentUser;
    private final PermissionPolicy policy;
    private final Clock clock;

    IssueService(
            BoardQueries board,
            IssueLookups lookups,
            ReferenceData referenceData,
            TeamMetricsQueries metrics,
            CurrentUser currentUser,
            PermissionPolicy policy,
            Clock clock) {
        this.board = board;
        this.lookups = lookups;
        this.referenceData = referenceData;
        this.metrics = metrics;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading the board

    /** One page of a board column, overdue and most severe first. */
    @Transactional(readOnly = true)
    public List<IssueCard> column(IssueStatus status, BoardFilter filter, int offset, int limit) {
        return column(status, filter, BoardSort.URGENCY, offset, limit);
    }

    /** One page of a board column in the chosen order (closed columns have no overdue cards). */
    @Transactional(readOnly = true)
    public List<IssueCard> column(IssueStatus status, BoardFilter filter, BoardSort sort, int offset, int limit) {
        return board.cards(status, scoped(filter), sort, clock.instant(), offset, limit);
    }

    /** One issue as its card shows it, if it exists and the user may see it. */
    @Transactional(readOnly = true)
    public Optional<IssueCard> card(long issueId) {
        return detail(issueId).flatMap(seen -> board.card(issueId, clock.instant()));
    }

    /** A page of the open issues escalated to the signed-in general manager, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<IssueCard> escalatedToMe(int offset, int limit) {
        return board.escalatedTo(currentUser.require().id(), clock.instant(), offset, limit);
    }

    /** Whether the signed-in user is the general manager of a team, to whom overdue issues escalate. */
    @Transactional(readOnly = true)
    public boolean mayBeEscalatedTo() {
        return currentUser.get().map(u -> board.managesATeam(u.id())).orElse(false);
    }

    /**
     * A board column's cards in id (creation) order, by keyset: the first {@code limit} issues whose id is
     * above {@code afterId} (null: from the start). For clients that page through a column (the REST API):
     * an issue raised or changed between two pages neither repeats nor skips another; one that changes
     * status leaves the column.
     *
     * @param limit 1 to 500 cards
     */
    @Transactional(readOnly = true)
    public List<IssueCard> columnAfter(IssueStatus status, BoardFilter filter, Long afterId, int limit) {
        return board.cardsAfter(status, scoped(filter), clock.instant(), afterId, limit);
    }

    /** How many cards each column holds under the filter (missing = none). */
    @Transactional(readOnly = true)
    public Map<IssueStatus, Long> columnCounts(BoardFilter filter) {
        return board.counts(scoped(filter), clock.instant());
    }

    /**
     * What the signed-in person must do today, counted in the database: for their team (team leads), the
     * new issues nobody is assigned to, the open ones due before midnight (company time zone) and those past
     * their SLA; the open issues assigned to them (specialists) and escalated to them (general managers).
     */
    @Transactional(readOnly = true)
    public IssueTasks tasks() {
        var user = currentUser.require();
        return board.tasks(user.teamId(), user.id(), clock.instant());
    }

    /** The filter a user starts with: specialists see their team's issues, others everything. */
    @Requires(Permission.SIGNED_IN)
    public BoardFilter startingFilter() {
        return currentUser
                .get()
                .filter(u -> u.role() == Role.SPECIALIST && u.teamId() != null)
                .map(u -> new BoardFilter(u.teamId(), null, null, false))
                .orElse(BoardFilter.everything());
    }

    /** One issue with everything the detail panel shows. */
    @Transactional(readOnly = true)
    public Optional<IssueDetail> detail(long issueId) {
        return board.detail(issueId, clock.instant())
                .filter(issue -> policy.mayReadIssue(issue.teamId(), issue.assigneeId()));
    }

    /** Every change to the issue, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(long issueId) {
        readable(issueId);
        return board.auditTrail(issueId);
    }

    /** The responses, complaints and comments behind the issue, newest first. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> evidence(long issueId) {
        readable(issueId);
        return board.evidence(issueId);
    }

    /** A page of the issues assigned to the signed-in user, open and overdue first. */
    @Transactional(readOnly = true)
    public List<IssueCard> myIssues(int offset, int limit) {
        return board.assignedTo(currentUser.require().id(), clock.instant(), offset, limit);
    }

    /** Open, overdue, time to triage, time to resolve and reopen rate per team. */
    @Transactional(readOnly = true)
    public List<TeamMetrics> teamMetrics() {
        return metrics.perTeam(clock.instant());
    }

    // ------------------------------------------------------------------ choices for forms

    /** Teams, by name. */
    @Transactional(readOnly = true)
    public List<Option> teams() {
        return referenceData.teams();
    }

    /** Specialists and team leads who can be assigned, of one team or (null) all. */
    @Transactional(readOnly = true)
    public List<Option> assignees(Long teamId) {
        return lookups.workers(teamId);
    }

    private void readable(long issueId) {
        board.detail(issueId, clock.instant())
                .filter(issue -> !policy.mayReadIssue(issue.teamId(), issue.assigneeId()))
                .ifPresent(issue -> {
                    throw new IssueRuleException("This issue belongs to " + issue.teamName() + ".");
                });
    }

    /** A specialist's board shows their team's issues only, whatever the filter asks for. */
    private BoardFilter scoped(BoardFilter filter) {
        Long team = policy.issueTeamScope();
        return team == null ? filter : filter.forTeam(team);
    }
}
