package cx.touchpoint.security;

import cx.touchpoint.base.Dates;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.security.AdminAudit.Subject;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage the people who sign in: create, edit, disable and enable, reset a password (the person
 * sets a new one at their next sign-in), unlock a locked sign-in, move an account executive's book.
 * Every change is written to the audit log with who, when, and the value before and after.
 */
@Service
@Transactional
@Requires(Permission.ADMINISTER)
public class UserAdministration {

    private final AppUserRepository users;
    private final UserQueries queries;
    private final AccountBooks books;
    private final UserValidation validation;
    private final TemporaryPasswords temporary;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;
    private final SignInThrottle throttle;
    private final AdminAudit audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(
            AppUserRepository users,
            UserQueries queries,
            AccountBooks books,
            UserValidation validation,
            TemporaryPasswords temporary,
            PasswordEncoder encoder,
            SignedInSessions sessions,
            SignInThrottle throttle,
            AdminAudit audit,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.clock = clock;
        this.users = users;
        this.queries = queries;
        this.books = books;
        this.validation = validation;
        this.temporary = temporary;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** A page of users whose username or name contains {@code search} (blank: everyone), by username. */
    @Transactional(readOnly = true)
    public List<UserRow> users(String search, int offset, int limit) {
        return queries.page(search, offset, limit, throttle);
    }

    /** Teams a user may belong to, by name. */
    @Transactional(readOnly = true)
    public List<Option> teams() {
        return queries.teams();
    }

    /** Enabled account executives, who may own a book of accounts. */
    @Transactional(readOnly = true)
    public List<Option> accountExecutives() {
        return queries.accountExecutives();
    }

    /**
     * Creates a user with a one-time password, returned once for the admin to pass on; the person must
     * choose their own at first sign-in. {@link InvalidInput} naming the field for bad input or a username or
     * email already in use.
     */
    public String create(UserForm form) {
        UserForm clean = validation.check(form, null);
        String password = temporary.next();
        var user = users.save(new AppUser(
                null,
                clean.username(),
                clean.fullName(),
                clean.email(),
                encoder.encode(password),
                clean.role(),
                clean.teamId(),
                true,
                false,
                true,
                null));
        audit.record(Subject.USER, user.id(), user.username(), "created", null, describe(user));
        return password;
    }

    /** Changes name, email, role and team; {@link InvalidInput} as for create, or when someone saved first. */
    public void update(long userId, int seenVersion, UserForm form) {
        AppUser before = find(userId);
        UserForm clean = validation.check(form, userId);
        if (userId == me() && clean.role() != Role.ADMIN) {
            throw InvalidInput.of("role", "You cannot take away your own admin role; ask another admin.");
        }
        AppUser after =
                save(before.withDetails(clean.fullName(), clean.email(), clean.role(), clean.teamId(), seenVersion));
        audit.record(Subject.USER, userId, before.username(), "edited", describe(before), describe(after));
    }

    /**
     * Disables (their open sessions end at once and their API tokens are revoked for good) or enables a user. You cannot disable yourself or the last admin. */
    public void setEnabled(long userId, int seenVersion, boolean enabled) {
        AppUser before = find(userId);
        if (!enabled && userId == me()) {
            throw new InvalidInput("You cannot disable yourself.");
        }
        if (!enabled && before.role() == Role.ADMIN && queries.enabledAdminsOtherThan(userId) == 0) {
            throw new InvalidInput("This is the last enabled admin; enable or create another admin first.");
        }
        AppUser after = save(withVersion(before.withEnabled(enabled), seenVersion));
        if (!enabled) {
            sessions.endAll(userId);
            events.publishEvent(new UserAccessWithdrawn(
                    userId, before.username(), clock.instant(), UserAccessWithdrawn.Reason.DISABLED));
        }
        audit.record(
                Subject.USER,
                userId,
                before.username(),
                enabled ? "enabled" : "disabled",
                before.enabled() ? "enabled" : "disabled",
                after.enabled() ? "enabled" : "disabled");
    }

    /**
     * Replaces the user's password with a one-time password, returned once for the admin to pass on; the
     * person must choose a new one at their next sign-in, their open sessions end and their API tokens are revoked
     * (the person makes new ones on their profile).
     */
    public String resetPassword(long userId) {
        AppUser before = find(userId);
        String password = temporary.next();
        save(before.withPassword(encoder.encode(password), true));
        sessions.endAll(userId);
        events.publishEvent(new UserAccessWithdrawn(
                userId, before.username(), clock.instant(), UserAccessWithdrawn.Reason.PASSWORD_RESET));
        throttle.unlock(before.username());
        audit.record(
                Subject.USER,
                userId,
                before.username(),
                "password reset",
                null,
                "must change at next sign-in; API tokens revoked");
        return password;
    }

    /** Lifts a sign-in lock caused by failed attempts. */
    public void unlock(long userId) {
        AppUser user = find(userId);
        var until = throttle.lockedUntil(user.username());
        throttle.unlock(user.username());
        audit.record(
                Subject.USER,
                userId,
                user.username(),
                "unlocked",
                until.map(at -> "locked until " + Dates.dayTime(at)).orElse("not locked"),
                "unlocked");
    }

    /** Moves every account of one account executive's book to another; returns how many accounts moved. */
    public int reassignBook(long fromUserId, long toUserId) {
        AppUser from = find(fromUserId);
        AppUser to = find(toUserId);
        if (fromUserId == toUserId) {
            throw InvalidInput.of("to", "Choose another account executive than the current owner.");
        }
        if (to.role() != Role.ACCOUNT_EXECUTIVE || !to.enabled()) {
            throw InvalidInput.of("to", "Accounts can move only to an enabled account executive.");
        }
        int moved = books.handOver(fromUserId, toUserId);
        audit.record(
                Subject.BOOK,
                fromUserId,
                from.username(),
                "book reassigned",
                moved + " accounts of " + from.username(),
                "owned by " + to.username());
        return moved;
    }

    /** A page of the audit log of administrative changes, newest first. */
    @Transactional(readOnly = true)
    public List<AdminAuditEntry> audit(int offset, int limit) {
        return audit.page(offset, limit);
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new InvalidInput("User #" + userId + " no longer exists."));
    }

    private AppUser save(AppUser user) {
        try {
            return users.save(user);
        } catch (OptimisticLockingFailureException e) {
            throw new InvalidInput("Someone else changed this user meanwhile; reopen it to see their change.");
        }
    }

    private static AppUser withVersion(AppUser user, int version) {
        return user.withDetails(user.fullName(), user.email(), user.role(), user.teamId(), version);
    }

    private long me() {
        return currentUser.require().id();
    }

    private String describe(AppUser user) {
        return user.fullName() + ", " + user.email() + ", " + user.role().label() + ", "
                + queries.teamName(user.teamId());
    }
}
