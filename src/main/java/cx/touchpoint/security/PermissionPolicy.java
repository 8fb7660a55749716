package cx.touchpoint.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one permission policy: services call {@link #require} (or carry {@link Requires}) to enforce it;
 * views call {@link #may} and the scoped checks to show or hide actions. The role table is {@link
 * Permission}; the rules that depend on data are the methods below.
 */
@Component
public class PermissionPolicy {

    private final CurrentUser currentUser;

    PermissionPolicy(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person holds the permission (false when nobody is signed in, unless unrestricted). */
    public boolean may(Permission permission) {
        return currentUser.may(permission);
    }

    /** The signed-in person, if they hold the permission; else {@link AccessDeniedException} with a message to show. */
    public Optional<SignedInUser> require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(deniedMessage(permission));
        }
        return currentUser.get();
    }

    /**
     * Whether the signed-in person may read an issue owned by {@code ownerTeamId} and assigned to {@code
     * assigneeId}: specialists only their team's issues and those assigned to them; every other role that
     * reads the board, all issues.
     */
    public boolean mayReadIssue(Long ownerTeamId, Long assigneeId) {
        if (!may(Permission.READ_ISSUES)) {
            return false;
        }
        SignedInUser user = currentUser.require();
        return user.role() != Role.SPECIALIST || ownTeamOrOwnIssue(user, ownerTeamId, assigneeId);
    }

    /**
     * Whether the signed-in person may change the issue: specialists and team leads their team's issues and
     * those assigned to them, admins all; executives and account executives none.
     */
    public boolean mayChangeIssue(Long ownerTeamId, Long assigneeId) {
        if (!may(Permission.WORK_ISSUES)) {
            return false;
        }
        SignedInUser user = currentUser.require();
        return user.role() == Role.ADMIN || ownTeamOrOwnIssue(user, ownerTeamId, assigneeId);
    }

    /**
     * Whether the signed-in person may change a service standard owned by {@code ownerTeamId} (its actuals
     * and promises too): admins every standard, team leads those their own team owns.
     */
    public boolean mayEditStandard(Long ownerTeamId) {
        if (!may(Permission.EDIT_STANDARDS)) {
            return false;
        }
        SignedInUser user = currentUser.require();
        return user.role() == Role.ADMIN
                || (user.teamId() != null && user.teamId().equals(ownerTeamId));
    }

    /**
     * Whether the signed-in person may prepare, share and send surveys to accounts of this account
     * executive's book: admins every book, account executives their own.
     */
    public boolean mayPrepareSurveysFor(long accountExecutiveId) {
        return may(Permission.PREPARE_SURVEYS) && currentUser.seesBookOf(accountExecutiveId);
    }

    /** The team whose issues a specialist is limited to; {@code null} for roles that read every team's. */
    public Long issueTeamScope() {
        return currentUser
                .get()
                .filter(user -> user.role() == Role.SPECIALIST)
                .map(user -> user.teamId() == null ? -1L : user.teamId())
                .orElse(null);
    }

    private static boolean ownTeamOrOwnIssue(SignedInUser user, Long ownerTeamId, Long assigneeId) {
        return (ownerTeamId != null && ownerTeamId.equals(user.teamId()))
                || (assigneeId != null && assigneeId == user.id());
    }

    static String deniedMessage(Permission permission) {
        return switch (permission) {
            case ADMINISTER -> "Only admins manage users, teams and reference data.";
            case EDIT_ROUTING -> "Only admins change routing rules.";
            case WORK_ISSUES -> "Executives and account executives see the board; team leads and specialists change it.";
            case TRIAGE_ISSUES -> "Only team leads re-route issues.";
            case READ_REVIEW -> "The experience review is for executives.";
            case PREPARE_SURVEYS -> "Surveys are prepared by account executives and admins.";
            default -> "Your role does not allow this ("
                    + permission.name().toLowerCase().replace('_', ' ') + ").";
        };
    }
}
