package cx.touchpoint.demo;

import cx.touchpoint.api.ApiTokenService;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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

    DemoApiTokens(JdbcClient jdbc, ApiTokenService tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    /** Creates the missing demo tokens; how many. */
    int create() {
        List<SignedInUser> users = jdbc.sql(
                        "select id, username, full_name, role, team_id from app_user where demo" + " order by username")
                .query((rs, n) -> new SignedInUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5),
                        ""))
                .list();
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        int created = 0;
        try {
            for (SignedInUser user : users) {
                context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
                created += tokens.createDemoToken() ? 1 : 0;
            }
        } finally {
            context.setAuthentication(before);
        }
        return created;
    }
}
