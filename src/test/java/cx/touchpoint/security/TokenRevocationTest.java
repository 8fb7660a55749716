package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.api.ApiTokenService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #19 finding 9: an admin's password reset left the user's API tokens working, and disabling only blocked
 * them until the user was enabled again. A reset or a disable revokes them for good.
 */
@DatabaseTest
class TokenRevocationTest {

    @Autowired
    UserAdministration users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AppUserRepository repository;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        SecurityFixtures.signOut();
    }

    String tokenOf(long id, String username) {
        SecurityFixtures.signIn(new SignedInUser(id, username, "Test", Role.EXECUTIVE, null, "x"));
        String token = tokens.create("nightly export");
        assertThat(tokens.authenticate(username, token)).as("works before").isPresent();
        SecurityFixtures.signIn(data, "token.admin", Role.ADMIN, null);
        return token;
    }

    @Test
    void a_password_reset_revokes_the_users_api_tokens() {
        long id = data.user("reset.tokens", Role.EXECUTIVE);
        String token = tokenOf(id, "reset.tokens");

        users.resetPassword(id);

        assertThat(tokens.authenticate("reset.tokens", token))
                .as("revoked by the reset")
                .isEmpty();
        assertThat(users.audit(0, 1).get(0).after()).contains("API tokens revoked");
        SecurityFixtures.signIn(new SignedInUser(id, "reset.tokens", "Test", Role.EXECUTIVE, null, "x"));
        assertThat(tokens.mine()).singleElement().satisfies(t -> assertThat(t.active())
                .isFalse());
    }

    @Test
    void enabling_a_disabled_user_again_does_not_revive_their_tokens() {
        long id = data.user("disabled.tokens", Role.EXECUTIVE);
        String token = tokenOf(id, "disabled.tokens");

        users.setEnabled(id, repository.findById(id).orElseThrow().version(), false);
        assertThat(tokens.authenticate("disabled.tokens", token)).isEmpty();
        users.setEnabled(id, repository.findById(id).orElseThrow().version(), true);

        assertThat(tokens.authenticate("disabled.tokens", token))
                .as("still revoked after re-enabling")
                .isEmpty();
    }
}
