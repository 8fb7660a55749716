package cx.touchpoint.issue;

import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.SignedInUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change team leads and specialists make to an issue on the board. Who may change which issue is
 * the permission policy's rule ({@link PermissionPolicy#mayChangeIssue}); the transitions and the SLA
 * are {@link Issue}'s.
 */
@Service
@Transactional
@Requires(Permission.WORK_ISSUES)
public class IssueChangeService {

    /** The longest reason for re-routing or reopening an issue; the form's field has the same limit. */
    public static final int REASON_MAX = 300;

    /** The longest resolution note, in characters. */
    public static final int RESOLUTION_NOTE_MAX = 1000;

    private final IssueRepository issues;
    private final IssueLookups lookups;
    private final IssueWorkflow workflow;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final PermissionPolicy policy;
    private final Clock clock;

    IssueChangeService(
            IssueRepository issues,
            IssueLookups lookups,
            IssueWorkflow workflow,
            AuditTrail audit,
            CurrentUser currentUser,
            PermissionPolicy policy,
            Clock clock) {
        this.issues = issues;
        this.lookups = lookups;
        this.workflow = workflow;
        this.audit = audit;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
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

    /**
     * Moves the issue to another column.
     *
     * @throws IssueRuleException when the transition is not allowed or the user may not change the issue
     * @throws IssueConflictException when the issue changed since {@code seenVersion}
     */
    public void move(long issueId, int seenVersion, IssueStatus target) {
        if (target == IssueStatus.RESOLVED) {
            throw new IssueRuleException("Resolving needs a resolution note: say what was done for the customer.");
        }
        workflow.move(issueId, seenVersion, target, worker(issueId).id());
    }

    /**
     * Resolves the issue with a note of what was done (1 to {@link #RESOLUTION_NOTE_MAX} characters,
     * trimmed), kept in the audit trail; the customer's next survey verifies the fix or reopens it.
     *
     * @throws IssueRuleException when the note is empty or too long, the transition is not allowed or the
     *     user may not change the issue
     * @throws IssueConflictException when the issue changed since {@code seenVersion}
     */
    public void resolve(long issueId, int seenVersion, String note) {
        String body = note == null ? "" : note.trim();
        if (body.isEmpty() || body.length() > RESOLUTION_NOTE_MAX) {
            throw new IssueRuleException("Resolution note: 1 to " + RESOLUTION_NOTE_MAX + " characters.");
        }
        workflow.move(
                issueId, seenVersion, IssueStatus.RESOLVED, worker(issueId).id(), "Resolved: " + body);
    }

    /**
     * Reopens a resolved, closed or won't-fix issue; counts toward the team's reopen rate.
     *
     * @param why optional reason, at most {@link #REASON_MAX} characters
     */
    public void reopen(long issueId, int seenVersion, String why) {
        checkReason(why);
        workflow.reopen(issueId, seenVersion, worker(issueId).id(), why);
    }

    /**
     * Assigns the issue (null = unassigned). Team leads and admins assign anyone; specialists may only take
     * an issue themselves.
     */
    public void assign(long issueId, int seenVersion, Long assigneeId) {
        SignedInUser user = worker(issueId);
        if (!canTriage() && !(assigneeId != null && assigneeId == user.id())) {
            throw new IssueRuleException("Only team leads assign issues to others; you can assign it to yourself.");
        }
        workflow.assign(issueId, seenVersion, assigneeId, user.id());
    }

    /**
     * Sends the issue to another team, by hand; the new team assigns it.
     *
     * @param why optional reason, at most {@link #REASON_MAX} characters
     */
    @Requires(Permission.TRIAGE_ISSUES)
    public void reroute(long issueId, int seenVersion, long teamId, String why) {
        checkReason(why);
        workflow.reroute(issueId, seenVersion, teamId, worker(issueId).id(), why);
    }

    /** Changes the severity; the SLA due time follows the new severity's policy. */
    public void changeSeverity(long issueId, int seenVersion, Severity severity) {
        workflow.changeSeverity(issueId, seenVersion, severity, worker(issueId).id());
    }

    /** Adds a comment (1 to {@link ManualIssue#COMMENT_MAX} characters, trimmed) to the audit trail. */
    public void comment(long issueId, String text) {
        String body = text == null ? "" : text.trim();
        if (body.isEmpty() || body.length() > ManualIssue.COMMENT_MAX) {
            throw new IssueRuleException("Comment: 1 to " + ManualIssue.COMMENT_MAX + " characters.");
        }
        audit.record(issueId, worker(issueId).id(), clock.instant(), AuditLine.note(AuditKind.COMMENT, body));
    }

    /**
     * The signed-in user, when they may change the issue (permission policy: their team's issues or those
     * assigned to them; admins all); else a refusal the board shows.
     */
    private SignedInUser worker(long issueId) {
        Issue issue = issues.findById(issueId)
                .orElseThrow(() -> new IssueRuleException("Issue #" + issueId + " no longer exists."));
        if (!policy.mayChangeIssue(issue.ownerTeamId(), issue.assigneeId())) {
            throw new IssueRuleException("This issue belongs to " + lookups.name("team", issue.ownerTeamId())
                    + "; its team lead can assign it to you or re-route it.");
        }
        return currentUser.require();
    }

    private static void checkReason(String why) {
        if (why != null && why.strip().length() > REASON_MAX) {
            throw new IssueRuleException("Why: at most " + REASON_MAX + " characters.");
        }
    }
}
