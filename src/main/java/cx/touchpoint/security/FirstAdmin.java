package cx.touchpoint.security;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.AdminAudit.Subject;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin of a real deployment, while no enabled (non-demo) user exists: made from the environment
 * ({@code TOUCHPOINT_ADMIN_USERNAME} / {@code _PASSWORD}) at start, or by whoever holds the one-time setup
 * token printed to the log, on {@code /setup}. Once a user exists, setup is refused. "No user yet" is checked under a
 * database lock held to the end of the creating transaction, so simultaneous setups make one admin, not two.
 */
@Service
@Transactional
@Requires(Permission.UNRESTRICTED)
public class FirstAdmin {

    private final AppUserRepository users;
    private final UserValidation validation;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AdminAudit audit;
    private final SetupToken token;

    FirstAdmin(
            AppUserRepository users,
            UserValidation validation,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AdminAudit audit,
            SetupToken token) {
        this.token = token;
        this.users = users;
        this.validation = validation;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Whether setup is still open: no enabled user other than the (disabled) demo users exists. */
    @Transactional(readOnly = true)
    public boolean needed() {
        return users.countEnabledRealUsers() == 0;
    }

    /** Whether {@code candidate} is the current one-time setup token. */
    public boolean validToken(String candidate) {
        return token.matches(candidate);
    }

    /**
     * Creates the first admin with the setup token; the token is spent. {@link InvalidInput} naming the field
     * for bad input, a wrong or spent token (field {@code null}), or when a user already exists.
     */
    public long createWithToken(String setupToken, UserForm form, String password, String confirm) {
        users.lockFirstAdminSetup();
        if (!needed()) {
            throw new InvalidInput("Touchpoint is already set up; sign in, or ask an admin for an account.");
        }
        if (!validToken(setupToken)) {
            throw new InvalidInput(
                    "This setup link is not valid; use the link the application printed to its log at start.");
        }
        if (password != null && !password.equals(confirm)) {
            policy.check("password", password, form.username());
            throw InvalidInput.of("confirm", "The two passwords differ.");
        }
        long id = create(form, password, "set up with the one-time link");
        token.spend();
        return id;
    }

    /** Creates the first admin from the environment at start; empty when an admin is not needed. {@link InvalidInput} for bad values. */
    public Optional<Long> createFromEnvironment(String username, String fullName, String password) {
        users.lockFirstAdminSetup();
        if (!needed()) {
            return Optional.empty();
        }
        var form = new UserForm(username, fullName, username + "@localhost.localdomain", Role.ADMIN, null);
        return Optional.of(create(form, password, "from TOUCHPOINT_ADMIN_USERNAME"));
    }

    private long create(UserForm form, String password, String how) {
        UserForm clean =
                validation.check(new UserForm(form.username(), form.fullName(), form.email(), Role.ADMIN, null), null);
        policy.check("password", password, clean.username());
        var admin = users.save(new AppUser(
                null,
                clean.username(),
                clean.fullName(),
                clean.email(),
                encoder.encode(password),
                Role.ADMIN,
                null,
                true,
                false,
                false,
                null));
        audit.record(Subject.SYSTEM, admin.id(), admin.username(), "first admin created", null, how);
        return admin.id();
    }
}
