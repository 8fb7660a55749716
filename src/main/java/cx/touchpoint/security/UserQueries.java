package cx.touchpoint.security;

import cx.touchpoint.base.Option;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads of user administration: the user list with team and book size, choices for forms. */
@Component
class UserQueries {

    private final JdbcClient jdbc;

    UserQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of users whose username or name contains {@code search} (blank: all), by username. */
    List<UserRow> page(String search, int offset, int limit, SignInThrottle throttle) {
        String like =
                search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase() + "%";
        return jdbc.sql(
                        """
                        select u.id, u.username, u.full_name, u.email, u.role, u.team_id, t.name as team,
                               (select count(*) from account_facts a where a.account_executive_id = u.id) as accounts,
                               u.enabled, u.demo, u.must_change_password, u.version
                          from app_user u left join team t on t.id = u.team_id
                         where cast(:like as text) is null
                            or lower(u.username) like :like or lower(u.full_name) like :like
                         order by u.username offset :offset limit :limit""")
                .param("like", like)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new UserRow(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("team_id"),
                        rs.getString("team"),
                        rs.getLong("accounts"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("demo"),
                        rs.getBoolean("must_change_password"),
                        throttle.lockedUntil(rs.getString("username")).orElse(null),
                        rs.getInt("version")))
                .list();
    }

    List<Option> teams() {
        return jdbc.sql("select id, name from team order by name")
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Enabled account executives, by name: who may own a book of accounts. */
    List<Option> accountExecutives() {
        return jdbc.sql(
                        """
                select id, full_name || ' (' || username || ')' from app_user
                where role = 'ACCOUNT_EXECUTIVE' and enabled order by full_name
                """)
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
                .list();
    }

    String teamName(Long teamId) {
        return teamId == null
                ? "no team"
                : jdbc.sql("select name from team where id = :id")
                        .param("id", teamId)
                        .query(String.class)
                        .optional()
                        .orElse("team #" + teamId);
    }

    boolean teamExists(long teamId) {
        return jdbc.sql("select count(*) from team where id = :id")
                        .param("id", teamId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long enabledAdminsOtherThan(long userId) {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled and id <> :id")
                .param("id", userId)
                .query(Long.class)
                .single();
    }
}
