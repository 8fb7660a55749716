package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** A real deployment's first start: no user yet, demo mode off (the test runs' default). */
@DatabaseTest
class FirstStartTest {

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    SetupToken setupToken;

    @Autowired
    AppUserRepository users;

    @Autowired
    AdminAudit audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @BeforeEach
    void emptyDatabase() {
        SecurityFixtures.signOut();
        // earlier tests of the run may have left users; this test starts from none (rolled back afterwards)
        jdbc.sql("update app_user set enabled = false").update();
    }

    @Test
    void the_setup_link_creates_the_first_admin_once_and_then_setup_is_refused() {
        String token = setupToken.renew();
        assertThat(firstAdmin.needed()).isTrue();

        assertThatThrownBy(() -> firstAdmin.createWithToken(
                        "guessed", admin("root.admin"), "tall ships sail far", "tall ships sail far"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("setup link is not valid");
        assertThatThrownBy(() -> firstAdmin.createWithToken(token, admin("root.admin"), "password1234", "password1234"))
                .extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("password");
        firstAdmin.createWithToken(token, admin("root.admin"), "tall ships sail far", "tall ships sail far");

        AppUser root = users.findByUsername("root.admin").orElseThrow();
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(root.enabled()).isTrue();
        assertThat(encoder.matches("tall ships sail far", root.passwordHash())).isTrue();
        assertThat(firstAdmin.needed()).isFalse();
        assertThat(firstAdmin.validToken(token)).as("the token is spent").isFalse();
        String again = setupToken.renew();
        assertThatThrownBy(() -> firstAdmin.createWithToken(
                        again, admin("second.admin"), "tall ships sail far", "tall ships sail far"))
                .hasMessageContaining("already set up");
        assertThat(users.findByUsername("second.admin")).isEmpty();
        assertThat(audit.page(0, 1).get(0).action()).isEqualTo("first admin created");
    }

    @Test
    void the_first_admin_comes_from_the_environment_when_set() {
        var start = firstStart(false, "Ops.Admin", "river stones and moss");
        start.run(null);

        AppUser admin = users.findByUsername("ops.admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("river stones and moss", admin.passwordHash()))
                .isTrue();
        assertThat(firstAdmin.needed()).isFalse();
    }

    @Test
    void a_weak_password_in_the_environment_is_not_used_and_the_setup_link_is_printed_instead() {
        firstStart(false, "ops.admin", "touchpoint").run(null);

        assertThat(users.findByUsername("ops.admin")).isEmpty();
        assertThat(firstAdmin.needed()).isTrue();
    }

    @Test
    void demo_users_are_disabled_when_demo_mode_is_off_and_enabled_again_when_it_is_on() {
        long demoAdmin = data.user("demo.admin", Role.ADMIN);
        jdbc.sql("update app_user set demo = true, enabled = true where id = :id")
                .param("id", demoAdmin)
                .update();

        firstStart(false, "", "").run(null);

        assertThat(users.findById(demoAdmin).orElseThrow().enabled()).isFalse();
        assertThat(audit.page(0, 5)).anySatisfy(entry -> {
            assertThat(entry.subjectName()).isEqualTo("demo.admin");
            assertThat(entry.action()).isEqualTo("demo user disabled");
            assertThat(entry.actor()).isEqualTo("system");
        });
        assertThat(firstAdmin.needed())
                .as("a disabled demo admin does not count as an admin")
                .isTrue();

        firstStart(true, "", "").run(null);
        assertThat(users.findById(demoAdmin).orElseThrow().enabled()).isTrue();
    }

    private FirstStart firstStart(boolean demo, String username, String password) {
        return new FirstStart(demo, username, password, users, firstAdmin, audit, transaction, setupToken);
    }

    private static UserForm admin(String username) {
        return new UserForm(username, "Root Admin", username + "@example.com", Role.ADMIN, null);
    }
}
