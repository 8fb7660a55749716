package cx.touchpoint.security;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.AdminAudit.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start: demo users are enabled only while demo mode is on (disabled, not deleted, so the audit
 * trail keeps their names); with demo off and no user yet, the first admin comes from the environment or the
 * log prints a one-time setup link.
 */
@Component
@Order(100)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;
    private final AppUserRepository users;
    private final FirstAdmin firstAdmin;
    private final AdminAudit audit;
    private final TransactionTemplate transaction;
    private final SetupToken setupToken;

    FirstStart(
            @Value("${touchpoint.demo.enabled:false}") boolean demo,
            @Value("${touchpoint.admin.username:}") String adminUsername,
            @Value("${touchpoint.admin.password:}") String adminPassword,
            AppUserRepository users,
            FirstAdmin firstAdmin,
            AdminAudit audit,
            TransactionTemplate transaction,
            SetupToken setupToken) {
        this.setupToken = setupToken;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.users = users;
        this.firstAdmin = firstAdmin;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> switchDemoUsers());
        if (!demo && firstAdmin.needed()) {
            bootstrapAdmin();
        }
    }

    private void switchDemoUsers() {
        var changing = users.demoUsersNot(demo);
        if (changing.isEmpty()) {
            return;
        }
        users.setDemoUsersEnabled(demo);
        for (AppUser user : changing) {
            audit.record(
                    Subject.USER,
                    user.id(),
                    user.username(),
                    demo ? "demo user enabled" : "demo user disabled",
                    user.enabled() ? "enabled" : "disabled",
                    demo ? "enabled (demo mode on)" : "disabled (demo mode off)");
        }
        log.warn(
                demo
                        ? "Demo mode is on: {} demo users enabled (password \"touchpoint\"); not for real customers"
                        : "Demo mode is off: {} demo users disabled; they can no longer sign in",
                changing.size());
    }

    private void bootstrapAdmin() {
        if (!adminUsername.isBlank() && !adminPassword.isEmpty()) {
            try {
                firstAdmin.createFromEnvironment(adminUsername, "Administrator", adminPassword);
                log.warn(
                        "First admin '{}' created from TOUCHPOINT_ADMIN_USERNAME; sign in and change the password"
                                + " if others saw it",
                        adminUsername.strip().toLowerCase());
                return;
            } catch (InvalidInput e) {
                log.error(
                        "TOUCHPOINT_ADMIN_USERNAME / _PASSWORD not used ({}: {}); falling back to the setup link",
                        e.problems().get(0).field(),
                        e.getMessage());
            }
        }
        log.warn(
                "No user exists yet. Create the first admin within this run at /setup?token={}"
                        + " (for example http://localhost:8080/setup?token=...); the link works once and only while no user"
                        + " exists. Or set TOUCHPOINT_ADMIN_USERNAME and TOUCHPOINT_ADMIN_PASSWORD and restart.",
                setupToken.renew());
    }
}
