package cx.touchpoint.security;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.AdminAudit.Subject;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in person does for themselves: see their profile and change their password. */
@Service
@Transactional
@Requires(Permission.SIGNED_IN)
public class ProfileService {

    private final AppUserRepository users;
    private final UserQueries queries;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AdminAudit audit;
    private final CurrentUser currentUser;

    ProfileService(
            AppUserRepository users,
            UserQueries queries,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AdminAudit audit,
            CurrentUser currentUser) {
        this.users = users;
        this.queries = queries;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The signed-in person's profile. */
    @Transactional(readOnly = true)
    public Profile me() {
        AppUser user = self();
        return new Profile(
                user.username(),
                user.fullName(),
                user.email(),
                user.role(),
                queries.teamName(user.teamId()),
                user.mustChangePassword());
    }

    /**
     * Whether the signed-in person may go on using Touchpoint as they are: false when their account was
     * disabled, or their password was reset and they have not chosen a new one yet (then only the profile
     * page opens). Asked on every navigation.
     */
    @Transactional(readOnly = true)
    @Requires(Permission.UNRESTRICTED)
    public SessionStanding standing() {
        return currentUser
                .get()
                .flatMap(user -> users.findById(user.id()))
                .map(user -> !user.enabled()
                        ? SessionStanding.DISABLED
                        : user.mustChangePassword() ? SessionStanding.MUST_CHANGE_PASSWORD : SessionStanding.OK)
                .orElse(SessionStanding.OK);
    }

    /**
     * Changes the signed-in person's password after checking the current one and the password rules
     * ({@link PasswordPolicy}); {@link InvalidInput} on field {@code current}, {@code password} or {@code
     * confirm}.
     */
    public void changePassword(String current, String password, String confirm) {
        AppUser user = self();
        if (current == null || !encoder.matches(current, user.passwordHash())) {
            throw InvalidInput.of("current", "This is not your current password.");
        }
        policy.check("password", password, user.username());
        if (!password.equals(confirm)) {
            throw InvalidInput.of("confirm", "The two passwords differ.");
        }
        if (encoder.matches(password, user.passwordHash())) {
            throw InvalidInput.of("password", "Choose a password different from the current one.");
        }
        users.save(user.withPassword(encoder.encode(password), false));
        audit.record(Subject.USER, user.id(), user.username(), "password changed", null, "by the user");
    }

    private AppUser self() {
        long id = currentUser.require().id();
        return users.findById(id).orElseThrow(() -> new InvalidInput("Your user no longer exists."));
    }
}
