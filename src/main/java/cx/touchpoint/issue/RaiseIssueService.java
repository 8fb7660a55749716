package cx.touchpoint.issue;

import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
import cx.touchpoint.security.Requires;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising an issue by hand (the board's "New issue" and the account page's "Raise an issue"): routed by
 * the same rules as survey signals, through {@link IssueIntake}.
 */
@Service
@Transactional
@Requires(Permission.RAISE_ISSUE)
public class RaiseIssueService {

    private final IssueLookups lookups;
    private final ReferenceData referenceData;
    private final IssueIntake intake;
    private final SignalQueries signals;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final PermissionPolicy policy;

    RaiseIssueService(
            IssueLookups lookups,
            ReferenceData referenceData,
            IssueIntake intake,
            SignalQueries signals,
            InputValidator validator,
            CurrentUser currentUser,
            PermissionPolicy policy) {
        this.lookups = lookups;
        this.referenceData = referenceData;
        this.intake = intake;
        this.signals = signals;
        this.validator = validator;
        this.currentUser = currentUser;
        this.policy = policy;
    }

    /** Whether the signed-in user may raise an issue by hand (executives too: the account page offers it). */
    @Requires(Permission.SIGNED_IN)
    public boolean canRaise() {
        return policy.may(Permission.RAISE_ISSUE);
    }

    /**
     * Raises an issue by hand, routed by the same rules as survey signals.
     *
     * @return the new issue's id
     * @throws IssueRuleException carrying every field problem (title, description, account, severity)
     */
    public long create(ManualIssue manual) {
        long raisedBy = currentUser.require().id();
        var problems = validator.problems(manual);
        if (!problems.isEmpty()) {
            throw new IssueRuleException(problems);
        }
        var sample = new RoutingSample(
                manual.title() + "\n" + manual.description(),
                manual.cueId(),
                manual.touchPointId(),
                signals.verticalOf(manual.accountId()),
                manual.severity());
        return intake.raise(
                new NewIssue(
                        IssueSource.MANUAL,
                        manual.accountId(),
                        manual.cueId(),
                        manual.touchPointId(),
                        manual.title(),
                        manual.description(),
                        manual.severity(),
                        intake.route(sample),
                        raisedBy),
                lookups.slaPolicy());
    }

    /** A page of accounts whose name contains the text (case-insensitive), by name. */
    @Transactional(readOnly = true)
    public List<Option> accounts(String nameContains, int offset, int limit) {
        return lookups.accounts(nameContains, offset, limit);
    }

    /** One account as a choice, for a form opened from that account; empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<Option> account(long accountId) {
        return lookups.account(accountId);
    }

    /** The perception cues, in their order. */
    @Transactional(readOnly = true)
    public List<Option> cues() {
        return referenceData.cues();
    }

    /** The touch points, in their order. */
    @Transactional(readOnly = true)
    public List<Option> touchPoints() {
        return referenceData.touchPoints();
    }
}
