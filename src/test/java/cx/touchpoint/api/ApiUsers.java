package cx.touchpoint.api;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.TestData;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** API users for tests: a real user row and a personal token made by {@link ApiTokenService#create}. */
final class ApiUsers {

    private ApiUsers() {}

    /** Creates the user (specialists and team leads in customer service) and returns their new token. */
    static String tokenOf(TestData data, ApiTokenService tokens, String username, Role role) {
        String team = role == Role.SPECIALIST || role == Role.TEAM_LEAD ? "customer_service" : null;
        long id = data.user(username, role, team);
        var user =
                new SignedInUser(id, username, "Test " + username, role, team == null ? null : data.teamId(team), "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return tokens.create("test token");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
