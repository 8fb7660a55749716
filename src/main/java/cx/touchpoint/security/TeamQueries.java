package cx.touchpoint.security;

import cx.touchpoint.base.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Teams for administration: read with their people, created and changed with a version check. */
@Component
class TeamQueries {

    private final JdbcClient jdbc;

    TeamQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TeamRow> page(int offset, int limit) {
        return jdbc.sql(
                        """
                        select t.id, t.name, t.business_function, t.lead_id, l.full_name as lead,
                               t.general_manager_id, g.full_name as gm, t.version,
                               coalesce((select string_agg(u.full_name, ', ' order by u.full_name)
                                           from app_user u where u.team_id = t.id and u.enabled), '') as members
                          from team t
                          left join app_user l on l.id = t.lead_id
                          left join app_user g on g.id = t.general_manager_id
                         order by t.name offset :offset limit :limit""")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new TeamRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("business_function"),
                        (Long) rs.getObject("lead_id"),
                        rs.getString("lead"),
                        (Long) rs.getObject("general_manager_id"),
                        rs.getString("gm"),
                        rs.getString("members"),
                        rs.getInt("version")))
                .list();
    }

    Optional<TeamRow> find(long id) {
        return page(0, Integer.MAX_VALUE).stream()
                .filter(team -> team.id() == id)
                .findFirst();
    }

    /** Enabled people who may lead a team or manage it, by name. */
    List<Option> people() {
        return jdbc.sql(
                        "select id, full_name || ' (' || username || ')' from app_user where enabled order by full_name")
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Enabled people of one role, by name. */
    List<Option> people(Role role) {
        return jdbc.sql("select id, full_name || ' (' || username || ')' from app_user where enabled and role = :role"
                        + " order by full_name")
                .param("role", role.name())
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
                .list();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from team where lower(name) = lower(:name) and id <> coalesce(:id, -1)")
                        .param("name", name)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from team where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(String code, TeamForm form) {
        return jdbc.sql(
                        """
                insert into team (code, name, business_function, lead_id, general_manager_id)
                values (:code, :name, :function, :lead, :gm) returning id
                """)
                .param("code", code)
                .param("name", form.name())
                .param("function", form.businessFunction())
                .param("lead", form.leadId())
                .param("gm", form.generalManagerId())
                .query(Long.class)
                .single();
    }

    /** Updates the team if nobody changed it since {@code version}; false when someone did. */
    boolean update(long id, int version, TeamForm form) {
        return jdbc.sql(
                                """
                                        update team set name = :name, business_function = :function, lead_id = :lead,
                                        general_manager_id = :gm, version = version + 1 where id = :id and version = :version
                                        """)
                        .param("name", form.name())
                        .param("function", form.businessFunction())
                        .param("lead", form.leadId())
                        .param("gm", form.generalManagerId())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }
}
