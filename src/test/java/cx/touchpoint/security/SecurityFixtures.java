package cx.touchpoint.security;

import cx.touchpoint.testsupport.TestData;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signing in for service calls in tests: a real user row, the same principal the login creates. */
final class SecurityFixtures {

    private SecurityFixtures() {}

    static SignedInUser signIn(TestData data, String username, Role role, String teamCode) {
        long id = data.user(username, role, teamCode);
        return signIn(new SignedInUser(
                id, username, "Test " + username, role, teamCode == null ? null : data.teamId(teamCode), "{noop}x"));
    }

    static SignedInUser signIn(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
