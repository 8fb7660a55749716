package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
class UserAdministrationTest {

    @Autowired
    UserAdministration users;

    @Autowired
    ProfileService profiles;

    @Autowired
    AppUserRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityFixtures.signOut();
    }

    @Test
    void an_admin_creates_a_user_with_a_one_time_password_that_must_be_replaced_and_the_change_is_audited() {
        SecurityFixtures.signIn(data, "ada.admin", Role.ADMIN, null);

        String password = users.create(new UserForm(
                " Sam.Rivera ", "Sam Rivera", "Sam.Rivera@Example.com", Role.SPECIALIST, data.teamId("logistics")));

        AppUser sam = repository.findByUsername("sam.rivera").orElseThrow();
        assertThat(sam.email()).isEqualTo("sam.rivera@example.com");
        assertThat(sam.role()).isEqualTo(Role.SPECIALIST);
        assertThat(sam.mustChangePassword()).isTrue();
        assertThat(encoder.matches(password, sam.passwordHash())).isTrue();
        assertThat(password).hasSize(19);
        var audit = users.audit(0, 10).get(0);
        assertThat(audit.actor()).isEqualTo("ada.admin");
        assertThat(audit.subjectName()).isEqualTo("sam.rivera");
        assertThat(audit.action()).isEqualTo("created");
        assertThat(audit.after()).isEqualTo("Sam Rivera, sam.rivera@example.com, Specialist, Logistics");
    }

    @Test
    void an_edit_is_audited_with_the_values_before_and_after() {
        SecurityFixtures.signIn(data, "ada.admin", Role.ADMIN, null);
        long id = data.user("lee.park", Role.SPECIALIST, "finance");
        var row = users.users("lee.park", 0, 5).get(0);

        users.update(
                id,
                row.version(),
                new UserForm("lee.park", "Lee Park", "lee@example.com", Role.TEAM_LEAD, data.teamId("finance")));

        var audit = users.audit(0, 1).get(0);
        assertThat(audit.action()).isEqualTo("edited");
        assertThat(audit.before()).isEqualTo("Test lee.park, lee.park@example.test, Specialist, Finance");
        assertThat(audit.after()).isEqualTo("Lee Park, lee@example.com, Team lead, Finance");
    }

    @Test
    void bad_input_names_the_field_and_stores_nothing() {
        SecurityFixtures.signIn(data, "ada.admin", Role.ADMIN, null);
        long before = repository.count();

        assertThatThrownBy(() -> users.create(new UserForm("9lives", "Nine", "n@example.com", Role.EXECUTIVE, null)))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("username");
        assertThatThrownBy(() ->
                        users.create(new UserForm("nina", "Nina", "ada.admin@example.test", Role.EXECUTIVE, null)))
                .hasMessage("Another user has this email address.");
        assertThatThrownBy(() -> users.create(new UserForm("nina", "Nina", "nina@example.com", Role.SPECIALIST, null)))
                .extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("team");
        assertThatThrownBy(() ->
                        users.create(new UserForm("nina", "N".repeat(101), "nina@example.com", Role.EXECUTIVE, null)))
                .extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("fullName");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void nobody_but_an_admin_reaches_user_administration() {
        long target = data.user("victim", Role.ADMIN);
        for (Role role : new Role[] {Role.EXECUTIVE, Role.TEAM_LEAD, Role.SPECIALIST, Role.ACCOUNT_EXECUTIVE}) {
            SecurityFixtures.signIn(
                    data,
                    "not.admin." + role.name().toLowerCase(),
                    role,
                    role == Role.SPECIALIST || role == Role.TEAM_LEAD ? "finance" : null);
            assertThatThrownBy(() -> users.resetPassword(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.users(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
        SecurityFixtures.signOut();
        assertThatThrownBy(() -> users.create(new UserForm("x.y.z", "X", "x@example.com", Role.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findByUsername("x.y.z")).isEmpty();
    }

    @Test
    void a_disabled_user_stands_disabled_and_the_last_admin_cannot_be_disabled() {
        var admin = SecurityFixtures.signIn(data, "ada.admin", Role.ADMIN, null);
        jdbc.sql("update app_user set enabled = false where role = 'ADMIN' and id <> :id")
                .param("id", admin.id())
                .update();
        long sam = data.user("sam.disabled", Role.EXECUTIVE);

        users.setEnabled(sam, 0, false);
        assertThat(repository.findById(sam).orElseThrow().enabled()).isFalse();
        assertThatThrownBy(() -> users.setEnabled(admin.id(), 0, false)).hasMessage("You cannot disable yourself.");
        long other = data.user("other.admin", Role.ADMIN);
        jdbc.sql("update app_user set enabled = false where id = :id")
                .param("id", admin.id())
                .update();
        assertThatThrownBy(() -> users.setEnabled(other, 0, false)).hasMessageContaining("last enabled admin");

        SecurityFixtures.signIn(new SignedInUser(sam, "sam.disabled", "Sam", Role.EXECUTIVE, null, "x"));
        assertThat(profiles.standing()).isEqualTo(SessionStanding.DISABLED);
    }

    @Test
    void a_reset_password_must_be_replaced_at_next_sign_in_through_the_profile() {
        SecurityFixtures.signIn(data, "ada.admin", Role.ADMIN, null);
        long id = data.user("ben.reset", Role.EXECUTIVE);
        String oneTime = users.resetPassword(id);
        assertThat(users.audit(0, 1).get(0).action()).isEqualTo("password reset");

        SecurityFixtures.signIn(new SignedInUser(id, "ben.reset", "Ben", Role.EXECUTIVE, null, "x"));
        assertThat(profiles.standing()).isEqualTo(SessionStanding.MUST_CHANGE_PASSWORD);
        assertThatThrownBy(() -> profiles.changePassword("wrong", "green tea at noon", "green tea at noon"))
                .extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("current");
        assertThatThrownBy(() -> profiles.changePassword(oneTime, "green tea at noon", "green tea at nine"))
                .extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("confirm");
        profiles.changePassword(oneTime, "green tea at noon", "green tea at noon");

        AppUser ben = repository.findById(id).orElseThrow();
        assertThat(encoder.matches("green tea at noon", ben.passwordHash())).isTrue();
        assertThat(ben.mustChangePassword()).isFalse();
        assertThat(profiles.standing()).isEqualTo(SessionStanding.OK);
    }

    @Test
    void an_account_executives_book_moves_to_another_in_one_step_and_is_audited() {
        SecurityFixtures.signIn(data, "ada.admin", Role.ADMIN, null);
        long leaving = data.user("leaving.ae", Role.ACCOUNT_EXECUTIVE);
        long taking = data.user("taking.ae", Role.ACCOUNT_EXECUTIVE);
        data.account("Book One", leaving, new BigDecimal("100"), new BigDecimal("100"));
        data.account("Book Two", leaving, new BigDecimal("100"), new BigDecimal("100"));

        assertThat(users.reassignBook(leaving, taking)).isEqualTo(2);

        assertThat(jdbc.sql("select count(*) from account where account_executive_id = :id")
                        .param("id", taking)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        var audit = users.audit(0, 1).get(0);
        assertThat(audit.before()).isEqualTo("2 accounts of leaving.ae");
        assertThat(audit.after()).isEqualTo("owned by taking.ae");
        long executive = data.user("not.an.ae", Role.EXECUTIVE);
        assertThatThrownBy(() -> users.reassignBook(taking, executive))
                .hasMessage("Accounts can move only to an enabled account executive.");
    }
}
