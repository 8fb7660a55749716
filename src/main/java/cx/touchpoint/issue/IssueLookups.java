package cx.touchpoint.issue;

import cx.touchpoint.base.Option;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Names and choices around issues: people who work issues, accounts, SLA hours. */
@Repository
public class IssueLookups {

    private final JdbcClient jdbc;

    IssueLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** People who can work issues: specialists and team leads, optionally of one team. */
    public List<Option> workers(Long teamId) {
        return jdbc.sql(
                        """
                select id, full_name as name from user_directory where enabled
                and role in ('SPECIALIST', 'TEAM_LEAD')
                and (cast(:team as bigint) is null or team_id = :team) order by full_name
                """)
                .param("team", teamId)
                .query(Option.class)
                .list();
    }

    List<Option> accounts(String nameContains, int offset, int limit) {
        return jdbc.sql("select id, name from account_facts where name ilike :pattern order by name offset :o limit :l")
                .param("pattern", "%" + (nameContains == null ? "" : nameContains.trim()) + "%")
                .param("o", offset)
                .param("l", limit)
                .query(Option.class)
                .list();
    }

    Optional<Option> account(long id) {
        return jdbc.sql("select id, name from account_facts where id = :id")
                .param("id", id)
                .query(Option.class)
                .optional();
    }

    String name(String table, Long id) {
        if (id == null) {
            return null;
        }
        String column = table.equals("app_user") ? "full_name" : "name";
        return jdbc.sql("select " + column + " from " + table + " where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /**
     * Hours to resolve per severity (the SLA policy), read in one statement for all severities, so a
     * response that raises several issues reads it once; asking for a severity the policy lacks throws
     * {@link IllegalStateException}.
     */
    ToIntFunction<Severity> slaPolicy() {
        Map<Severity, Integer> hours = new EnumMap<>(Severity.class);
        jdbc.sql("select severity, due_hours from sla_policy")
                .query((rs, row) -> hours.put(Severity.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return severity -> {
            Integer due = hours.get(severity);
            if (due == null) {
                throw new IllegalStateException("No SLA policy for " + severity);
            }
            return due;
        };
    }

    /** Hours to resolve an issue of this severity (the SLA policy); see {@link #slaPolicy()}. */
    int slaHours(Severity severity) {
        return slaPolicy().applyAsInt(severity);
    }
}
