package cx.touchpoint.issue;

import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue board for the people who work it: reading the board and team metrics, and every change
 * to an issue. Intake is {@link IntakeService}, SLA escalation {@link SlaEscalation}, routing rules
 * {@link cx.touchpoint.issue.routing.RoutingService}.
 */
@Service
@Transactional
@Requires(Permission.READ_ISSUES)
public class IssueService {

    /** The longest reason for re-routing or reopening an issue; the form's field has the same limit. */
    public static final int REASON_MAX = 300;

    private final BoardQueries board;
    private final IssueLookups lookups;
    private final ReferenceData referenceData;
    private final IssueIntake intake;
    private final IssueWorkflow workflow;
    private final TeamMetricsQueries metrics;
    private final AuditTrail audit;
    private final SignalQueries signals;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final PermissionPolicy policy;
    private final Clock clock;

    IssueService(
            BoardQueries board,
            IssueLookups lookups,
            ReferenceData referenceData,
            IssueIntake intake,
            IssueWorkflow workflow,
            TeamMetricsQueries metrics,
            AuditTrail audit,
            SignalQueries signals,
            InputValidator validator,
            CurrentUser currentUser,
            PermissionPolicy policy,
            Clock clock) {
        this.policy = policy;
        this.board = board;
        this.lookups = lookups;
        this.referenceData = referenceData;
        this.intake = intake;
        this.workflow = workflow;
        this.metrics = metrics;
        this.audit = audit;
        this.signals = signals;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading the board

    /** One page of a board column, overdue and most severe first. */
    @Transactional(readOnly = true)
    public List<IssueCard> column(IssueStatus status, BoardFilter filter, int offset, int limit) {
        return board.cards(status, scoped(filter), clock.instant(), offset, limit);
    }

    /** How many cards each column holds under the filter (missing = none). */
    @Transactional(readOnly = true)
    public Map<IssueStatus, Long> columnCounts(BoardFilter filter) {
        return board.counts(scoped(filter), clock.instant());
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

    /** A page of accounts whose name contains the text. */
    @Transactional(readOnly = true)
    public List<Option> accounts(String nameContains, int offset, int limit) {
        return lookups.accounts(nameContains, offset, limit);
    }

    /** One account as a choice, for a form opened from that account. */
    @Transactional(readOnly = true)
    public Optional<Option> account(long accountId) {
        return lookups.account(accountId);
    }

    /** The perception cues, in their order. */
    @Transactional(readOnly = true)
    public List<Option> cues() {
        return referenceData.cues();
    }

    /** The touch points. */
    @Transactional(readOnly = true)
    public List<Option> touchPoints() {
        return referenceData.touchPoints();
    }

    /** Whether the signed-in user may change issues (executives only look). */
    @Requires(Permission.SIGNED_IN)
    public boolean canWork() {
        return policy.may(Permission.WORK_ISSUES);
    }

    /** Whether the signed-in user may assign anyone and re-route (team leads and admins). */
    @Requires(Permission.SIGNED_IN)
    public boolean canTriage() {
        return policy.may(Permission.TRIAGE_ISSUES);
    }

    /** Whether the signed-in user may raise an issue by hand (executives too: the account page offers it). */
    @Requires(Permission.SIGNED_IN)
    public boolean canRaise() {
        return policy.may(Permission.RAISE_ISSUE);
    }

    /** Whether the signed-in user may change this issue: their team's, or assigned to them (admins: all). */
    @Requires(Permission.SIGNED_IN)
    public boolean canChange(IssueDetail issue) {
        return policy.mayChangeIssue(issue.teamId(), issue.assigneeId());
    }

    /** The signed-in user's id, for "assign to me". */
    @Requires(Permission.SIGNED_IN)
    public long me() {
        return currentUser.require().id();
    }

    // ------------------------------------------------------------------ changing issues

    /** Moves the issue to another column; rejected when the transition is not allowed or the issue changed. */
    @Requires(Permission.WORK_ISSUES)
    public void move(long issueId, int seenVersion, IssueStatus target) {
        workflow.move(issueId, seenVersion, target, worker(issueId).id());
    }

    /** Reopens a resolved, closed or won't-fix issue; counts toward the team's reopen rate. */
    @Requires(Permission.WORK_ISSUES)
    public void reopen(long issueId, int seenVersion, String why) {
        checkReason(why);
        workflow.reopen(issueId, seenVersion, worker(issueId).id(), why);
    }

    /** Assigns the issue (null = unassigned). Specialists may only take an issue themselves. */
    @Requires(Permission.WORK_ISSUES)
    public void assign(long issueId, int seenVersion, Long assigneeId) {
        SignedInUser user = worker(issueId);
        if (!canTriage() && !(assigneeId != null && assigneeId == user.id())) {
            throw new IssueRuleException("Only team leads assign issues to others; you can assign it to yourself.");
        }
        workflow.assign(issueId, seenVersion, assigneeId, user.id());
    }

    /** Sends the issue to another team, by hand; the new team assigns it. */
    @Requires(Permission.TRIAGE_ISSUES)
    public void reroute(long issueId, int seenVersion, long teamId, String why) {
        checkReason(why);
        SignedInUser user = worker(issueId);
        if (!canTriage()) {
            throw new IssueRuleException("Only team leads re-route issues.");
        }
        workflow.reroute(issueId, seenVersion, teamId, user.id(), why);
    }

    /** Changes the severity; the SLA due time follows the new severity's policy. */
    @Requires(Permission.WORK_ISSUES)
    public void changeSeverity(long issueId, int seenVersion, Severity severity) {
        workflow.changeSeverity(issueId, seenVersion, severity, worker(issueId).id());
    }

    /** Adds a comment to the audit trail. */
    @Requires(Permission.WORK_ISSUES)
    public void comment(long issueId, String text) {
        String body = text == null ? "" : text.trim();
        if (body.isEmpty() || body.length() > ManualIssue.COMMENT_MAX) {
            throw new IssueRuleException("Comment: 1 to " + ManualIssue.COMMENT_MAX + " characters.");
        }
        audit.record(issueId, worker(issueId).id(), clock.instant(), "COMMENT", null, null, body);
    }

    /** Raises an issue by hand, routed by the same rules as survey signals. Returns its id. */
    @Requires(Permission.RAISE_ISSUE)
    public long create(ManualIssue manual) {
        SignedInUser user = currentUser.require();
        var problems = validator.problems(manual);
        if (!problems.isEmpty()) {
            throw new IssueRuleException(problems);
        }
        String title = manual.title();
        String description = manual.description();
        var sample = new RoutingSample(
                title + "\n" + description,
                manual.cueId(),
                manual.touchPointId(),
                signals.verticalOf(manual.accountId()),
                manual.severity());
        return intake.raise(
                IssueSource.MANUAL,
                manual.accountId(),
                manual.cueId(),
                manual.touchPointId(),
                title,
                description,
                manual.severity(),
                sample,
                user.id());
    }

    /**
     * The signed-in user, when they may change the issue (permission policy: their team's issues or those
     * assigned to them; admins all); else a refusal the board shows.
     */
    private SignedInUser worker(long issueId) {
        IssueDetail issue = board.detail(issueId, clock.instant())
                .orElseThrow(() -> new IssueRuleException("Issue #" + issueId + " no longer exists."));
        if (!policy.mayChangeIssue(issue.teamId(), issue.assigneeId())) {
            throw new IssueRuleException(
                    canWork()
                            ? "This issue belongs to " + issue.teamName()
                                    + "; its team lead can assign it to you or re-route it."
                            : "Executives and account executives see the board; team leads and specialists change it.");
        }
        return currentUser.require();
    }

    private static void checkReason(String why) {
        if (why != null && why.strip().length() > REASON_MAX) {
            throw new IssueRuleException("Why: at most " + REASON_MAX + " characters.");
        }
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
        return team == null
                ? filter
                : new BoardFilter(team, filter.assigneeId(), filter.segment(), filter.overdueOnly());
    }
}
