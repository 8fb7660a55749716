package cx.touchpoint.issue;

import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.security.CurrentUser;
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
public class IssueService {

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
            Clock clock) {
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
        return board.cards(status, filter, clock.instant(), offset, limit);
    }

    /** How many cards each column holds under the filter (missing = none). */
    @Transactional(readOnly = true)
    public Map<IssueStatus, Long> columnCounts(BoardFilter filter) {
        return board.counts(filter, clock.instant());
    }

    /** The filter a user starts with: specialists see their team's issues, others everything. */
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
        return board.detail(issueId, clock.instant());
    }

    /** Every change to the issue, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(long issueId) {
        return board.auditTrail(issueId);
    }

    /** The responses, complaints and comments behind the issue, newest first. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> evidence(long issueId) {
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
    public boolean canWork() {
        return currentUser
                .get()
                .map(u -> u.role() != Role.EXECUTIVE && u.role() != Role.ACCOUNT_EXECUTIVE)
                .orElse(false);
    }

    /** Whether the signed-in user may assign anyone and re-route (team leads and admins). */
    public boolean canTriage() {
        return currentUser
                .get()
                .map(u -> u.role() == Role.TEAM_LEAD || u.role() == Role.ADMIN)
                .orElse(false);
    }

    /** The signed-in user's id, for "assign to me". */
    public long me() {
        return currentUser.require().id();
    }

    // ------------------------------------------------------------------ changing issues

    /** Moves the issue to another column; rejected when the transition is not allowed or the issue changed. */
    public void move(long issueId, int seenVersion, IssueStatus target) {
        workflow.move(issueId, seenVersion, target, worker().id());
    }

    /** Reopens a resolved, closed or won't-fix issue; counts toward the team's reopen rate. */
    public void reopen(long issueId, int seenVersion, String why) {
        workflow.reopen(issueId, seenVersion, worker().id(), why);
    }

    /** Assigns the issue (null = unassigned). Specialists may only take an issue themselves. */
    public void assign(long issueId, int seenVersion, Long assigneeId) {
        SignedInUser user = worker();
        if (!canTriage() && !(assigneeId != null && assigneeId == user.id())) {
            throw new IssueRuleException("Only team leads assign issues to others; you can assign it to yourself.");
        }
        workflow.assign(issueId, seenVersion, assigneeId, user.id());
    }

    /** Sends the issue to another team, by hand; the new team assigns it. */
    public void reroute(long issueId, int seenVersion, long teamId, String why) {
        SignedInUser user = worker();
        if (!canTriage()) {
            throw new IssueRuleException("Only team leads re-route issues.");
        }
        workflow.reroute(issueId, seenVersion, teamId, user.id(), why);
    }

    /** Changes the severity; the SLA due time follows the new severity's policy. */
    public void changeSeverity(long issueId, int seenVersion, Severity severity) {
        workflow.changeSeverity(issueId, seenVersion, severity, worker().id());
    }

    /** Adds a comment to the audit trail. */
    public void comment(long issueId, String text) {
        String body = text == null ? "" : text.trim();
        if (body.isEmpty() || body.length() > ManualIssue.COMMENT_MAX) {
            throw new IssueRuleException("Comment: 1 to " + ManualIssue.COMMENT_MAX + " characters.");
        }
        board.detail(issueId, clock.instant())
                .orElseThrow(() -> new IssueRuleException("Issue #" + issueId + " no longer exists."));
        audit.record(issueId, worker().id(), clock.instant(), "COMMENT", null, null, body);
    }

    /** Raises an issue by hand, routed by the same rules as survey signals. Returns its id. */
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

    private SignedInUser worker() {
        SignedInUser user = currentUser.require();
        if (!canWork()) {
            throw new IssueRuleException(
                    "Executives and account executives see the board; team leads and specialists change it.");
        }
        return user;
    }
}
