package cx.touchpoint.security;

import cx.touchpoint.base.AccountFilter;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that filter by owner, team or role. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * The signed-in account executive's id: account executives see only their own book of accounts.
     * {@code null} for every other role, who see all accounts.
     */
    public Long ownBook() {
        return get().filter(user -> user.role() == Role.ACCOUNT_EXECUTIVE)
                .map(SignedInUser::id)
                .orElse(null);
    }

    /** {@code filter} as the signed-in user may apply it: an account executive's is fixed to their own book. */
    public AccountFilter scope(AccountFilter filter) {
        Long own = ownBook();
        return own == null ? filter : filter.withAccountExecutive(own);
    }

    /** Whether the signed-in user may see an account of this account executive's book. */
    public boolean seesBookOf(long accountExecutiveId) {
        Long own = ownBook();
        return own == null || own == accountExecutiveId;
    }

    /**
     * Whether the signed-in person holds the permission: the role table of {@link Permission}, for services
     * that already know who is signed in. Rules that depend on data are in {@link PermissionPolicy}.
     */
    public boolean may(Permission permission) {
        return permission.anonymous()
                || get().map(user -> permission.grantedTo(user.role())).orElse(false);
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
