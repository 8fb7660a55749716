package cx.touchpoint.demo;

import cx.touchpoint.api.ApiTokenService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The README's promise that every demo user has the API token {@code demo-<username>}: made for each demo user
 * (signed in as them) through {@link ApiTokenService#createDemoToken()}, the service that makes every token,
 * so it is stored, listed and revoked like any other. A user who has it already (or revoked it) gets none.
 */
@Component
class DemoApiTokens {

    private final JdbcClient jdbc;
    private final ApiTokenService tokens;
    private final UserDetailsService users;

    DemoApiTokens(JdbcClient jdbc, ApiTokenService tokens, UserDetailsService users) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.users = users;
    }

    /** Creates the missing demo tokens of the enabled demo users; how many. */
    int create() {
        var usernames = jdbc.sql("select username from app_user where demo and enabled order by username")
                .query(String.class)
                .list();
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        int created = 0;
        try {
            for (String username : usernames) {
                var user = users.loadUserByUsername(username);
                context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
                created += tokens.createDemoToken() ? 1 : 0;
            }
        } finally {
            context.setAuthentication(before);
        }
        return created;
    }
}
