package cx.touchpoint.gap.standard;

import cx.touchpoint.base.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service standards, stored with optimistic locking on {@code version}. */
@Repository
class ServiceStandardRepository {

    private static final String SUMMARY = "select s.id, s.version, s.code, s.name, s.cue_id, c.name as cue_name,"
            + " s.touch_point_id, t.name as touch_point_name, s.owner_team_id, tm.name as owner_team_name,"
            + " s.unit, s.direction, s.target_value, la.actual_value as latest_actual, la.period_start as latest_month"
            + " from service_standard s join perception_cue c on c.id = s.cue_id"
            + " left join touch_point t on t.id = s.touch_point_id left join team tm on tm.id = s.owner_team_id"
            + " left join lateral (select x.actual_value, x.period_start from standard_actual x"
            + " where x.standard_id = s.id order by x.period_start desc limit 1) la on true";

    private final JdbcClient jdbc;

    ServiceStandardRepository(JdbcClient jdbc) {
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

    long insert(ServiceStandard s) {
        return jdbc.sql("insert into service_standard (code, name, cue_id, touch_point_id, owner_team_id, unit,"
                        + " direction, target_value) values (:code, :name, :cue, :tp, :team, :unit, :direction, :target)"
                        + " returning id")
                .params(columns(s))
                .query(Long.class)
                .single();
    }

    /** @return false when the row was changed (or deleted) since {@code s.version()} was read */
    boolean update(ServiceStandard s) {
        return jdbc.sql(
                                "update service_standard set code = :code, name = :name, cue_id = :cue,"
                                        + " touch_point_id = :tp, owner_team_id = :team, unit = :unit, direction = :direction,"
                                        + " target_value = :target, version = version + 1 where id = :id and version = :version")
                        .params(columns(s))
                        .param("id", s.id())
                        .param("version", s.version())
                        .update()
                == 1;
    }

    /** Which of "code" and "name" another standard than {@code s} already uses, code first; null = none. */
    String takenBy(ServiceStandard s) {
        return jdbc.sql("select case when lower(code) = lower(:code) then 'code' else 'name' end from service_standard"
                        + " where (code = :code or name = :name) and (cast(:id as bigint) is null or id <> :id)"
                        + " order by 1 limit 1")
                .param("code", s.code().trim())
                .param("name", s.name().trim())
                .param("id", s.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    List<Option> options(String table) {
        String order = table.equals("perception_cue") ? "sort_order" : "name";
        return jdbc.sql("select id, name from " + table + " order by " + order)
                .query(Option.class)
                .list();
    }

    private static java.util.Map<String, Object> columns(ServiceStandard s) {
        var columns = new java.util.HashMap<String, Object>();
        columns.put("code", s.code().trim());
        columns.put("name", s.name().trim());
        columns.put("cue", s.cueId());
        columns.put("tp", s.touchPointId());
        columns.put("team", s.ownerTeamId());
        columns.put("unit", s.unit().trim());
        columns.put("direction", s.direction().name());
        columns.put("target", s.targetValue());
        return columns;
    }
}
