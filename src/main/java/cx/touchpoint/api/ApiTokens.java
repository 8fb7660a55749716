package cx.touchpoint.api;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens (hashes only) and the users they sign in. */
@Repository
class ApiTokens {

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long userId, String name, String hash, Instant at) {
        return jdbc.sql(
                        """
                insert into api_token (user_id, name, token_hash, created_at) values (:u, :n, :h, :at)
                returning id
                """)
                .param("u", userId)
                .param("n", name)
                .param("h", hash)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    boolean nameTaken(long userId, String name) {
        return jdbc.sql("select exists (select 1 from api_token where user_id = :u and lower(name) = lower(:n))")
                .param("u", userId)
                .param("n", name)
                .query(Boolean.class)
                .single();
    }

    boolean demoUser(long userId) {
        return jdbc.sql("select exists (select 1 from user_directory where id = :u and demo)")
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }

    List<ApiToken> of(long userId) {
        return jdbc.sql(
                        """
                select id, name, created_at, last_used_at, revoked_at from api_token where user_id = :u
                order by revoked_at nulls first, created_at desc
                """)
                .param("u", userId)
                .query(ApiToken.class)
                .list();
    }

    boolean revoke(long userId, long tokenId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = :at where id = :id and user_id = :u and revoked_at is null")
                        .param("at", Timestamp.from(at))
                        .param("id", tokenId)
                        .param("u", userId)
                        .update()
                > 0;
    }

    /** Revokes every token of a user still in force; returns how many. */
    int revokeAll(long userId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = :at where user_id = :u and revoked_at is null")
                .param("at", Timestamp.from(at))
                .param("u", userId)
                .update();
    }

    /** The enabled user whose unrevoked token has this hash; records the use. */
    Optional<SignedInUser> use(String username, String hash, Instant at) {
        return jdbc.sql(
                        """
                update api_token t set last_used_at = :at from user_directory u where u.id = t.user_id
                and u.username = lower(:u) and u.enabled and t.token_hash = :h and t.revoked_at is null
                returning u.id, u.username, u.full_name, u.role, u.team_id
                """)
                .param("at", Timestamp.from(at))
                .param("u", username)
                .param("h", hash)
                .query((rs, n) -> user(rs))
                .optional();
    }

    private static SignedInUser user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SignedInUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                (Long) rs.getObject("team_id"),
                "");
    }
}
