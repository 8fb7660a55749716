package cx.touchpoint.gap.standard;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service standards as the screens read them: with names and the latest actual. */
@Repository
class StandardQueries {

    private static final String SUMMARY =
            """
            select s.id, s.version, s.code, s.name, s.cue_id, c.name as cue_name,
            s.touch_point_id, t.name as touch_point_name, s.owner_team_id, tm.name as owner_team_name,
            s.unit, s.direction, s.target_value, la.actual_value as latest_actual, la.period_start as latest_month
            from service_standard s join perception_cue c on c.id = s.cue_id
            left join touch_point t on t.id = s.touch_point_id left join team_directory tm on tm.id = s.owner_team_id
            left join lateral (select x.actual_value, x.period_start from standard_actual x
            where x.standard_id = s.id order by x.period_start desc limit 1) la on true
            """;

    private final JdbcClient jdbc;

    StandardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StandardSummary> page(int offset, int limit) {
        return jdbc.sql(SUMMARY + " order by c.sort_order, s.name offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(StandardSummary.class)
                .list();
    }

    Optional<StandardSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where s.id = :id")
                .param("id", id)
                .query(StandardSummary.class)
                .optional();
    }

    /** Which of "code" and "name" another standard than {@code s} already uses, code first; null = none. */
    String takenBy(ServiceStandard s) {
        return jdbc.sql(
                        """
                select case when lower(code) = lower(:code) then 'code' else 'name' end from service_standard
                where (code = :code or name = :name) and (cast(:id as bigint) is null or id <> :id)
                order by 1 limit 1
                """)
                .param("code", s.code().trim())
                .param("name", s.name().trim())
                .param("id", s.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
