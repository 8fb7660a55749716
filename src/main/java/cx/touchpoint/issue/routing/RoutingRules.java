package cx.touchpoint.issue.routing;

import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.issue.Severity;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ordered routing-rule list; matching runs in SQL, first enabled match by position wins. */
@Repository
class RoutingRules {

    /**
     * Which conditions of rule {@code r} a sample satisfies; {@code tp} is the sample's touch point. A keyword
     * matches at the start of a word, so "invoice" also finds "invoices".
     */
    private static final String CONDITIONS = "(r.cue_id is null or r.cue_id = :cue) as cue_ok,"
            + " (r.touch_point_id is null or r.touch_point_id = :tp) as touch_point_ok,"
            + " (r.life_cycle_stage is null or r.life_cycle_stage = tp.life_cycle_stage) as stage_ok,"
            + " (r.vertical_market_id is null or r.vertical_market_id = :vm) as vertical_ok,"
            + " (r.min_severity is null or array_position(array['LOW','MEDIUM','HIGH','CRITICAL'], cast(:severity as text))"
            + " >= array_position(array['LOW','MEDIUM','HIGH','CRITICAL'], r.min_severity)) as severity_ok,"
            + " (cardinality(r.keywords) = 0 or exists (select 1 from unnest(r.keywords) k"
            + " where :text ~* ('\\m' || regexp_replace(k, '([^[:alnum:] ])', '\\\\\\1', 'g')))) as keywords_ok";

    private static final String ALL_OK =
            "cue_ok and touch_point_ok and stage_ok and vertical_ok and severity_ok and keywords_ok";

    /** Per-condition outcome of one rule on one sample. */
    record ConditionCheck(
            boolean cueOk,
            boolean touchPointOk,
            boolean stageOk,
            boolean verticalOk,
            boolean severityOk,
            boolean keywordsOk) {}

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Route> firstMatch(RoutingSample sample) {
        return sampled(
                        "select id, name, owner_team_id, specialist_id from (select r.id, r.name, r.position,"
                                + " r.owner_team_id, r.specialist_id, " + CONDITIONS + " from routing_rule r"
                                + " left join touch_point tp on tp.id = :tp where r.enabled) m where " + ALL_OK
                                + " order by position limit 1",
                        sample)
                .query((rs, row) -> new Route(
                        rs.getLong("owner_team_id"),
                        (Long) rs.getObject("specialist_id"),
                        rs.getLong("id"),
                        rs.getString("name")))
                .optional();
    }

    ConditionCheck check(RoutingRule draft, RoutingSample sample) {
        return sampled(
                        "select " + CONDITIONS + " from (select cast(:rcue as bigint) as cue_id,"
                                + " cast(:rtp as bigint) as touch_point_id, cast(:rstage as text) as life_cycle_stage,"
                                + " cast(:rvm as bigint) as vertical_market_id, cast(:rsev as text) as min_severity,"
                                + " string_to_array(cast(:rkw as text), '|') as keywords) r left join touch_point tp on tp.id = :tp",
                        sample)
                .param("rcue", draft.cueId())
                .param("rtp", draft.touchPointId())
                .param(
                        "rstage",
                        draft.lifeCycleStage() == null
                                ? null
                                : draft.lifeCycleStage().name())
                .param("rvm", draft.verticalMarketId())
                .param(
                        "rsev",
                        draft.minSeverity() == null ? null : draft.minSeverity().name())
                .param("rkw", String.join("|", draft.keywords()))
                .query(ConditionCheck.class)
                .single();
    }

    private JdbcClient.StatementSpec sampled(String sql, RoutingSample sample) {
        return jdbc.sql(sql)
                .param("cue", sample.cueId())
                .param("tp", sample.touchPointId())
                .param("vm", sample.verticalMarketId())
                .param(
                        "severity",
                        sample.severity() == null ? null : sample.severity().name())
                .param("text", sample.text() == null ? "" : sample.text());
    }

    List<RoutingRuleRow> page(int offset, int limit) {
        return jdbc.sql("select r.id, r.position, r.name, coalesce(nullif(concat_ws('; ',"
                        + " 'cue ' || c.name, 'touch point ' || tp.name,"
                        + " 'stage ' || initcap(replace(r.life_cycle_stage, '_', ' ')), 'vertical ' || vm.name,"
                        + " 'severity ' || lower(r.min_severity) || ' or worse',"
                        + " case when cardinality(r.keywords) > 0 then 'keywords ' || array_to_string(r.keywords, ', ') end"
                        + "), ''), 'any issue') as conditions, t.name as team, u.full_name as specialist, r.enabled"
                        + " from routing_rule r join team t on t.id = r.owner_team_id"
                        + " left join perception_cue c on c.id = r.cue_id left join touch_point tp on tp.id = r.touch_point_id"
                        + " left join vertical_market vm on vm.id = r.vertical_market_id"
                        + " left join app_user u on u.id = r.specialist_id order by r.position offset :o limit :l")
                .param("o", offset)
                .param("l", limit)
                .query(RoutingRuleRow.class)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from routing_rule").query(Long.class).single();
    }

    int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from routing_rule where position < 100")
                .query(Integer.class)
                .single();
    }

    Optional<RoutingRule> find(long id) {
        return jdbc.sql("select id, position, name, cue_id, touch_point_id, life_cycle_stage, vertical_market_id,"
                        + " min_severity, keywords, owner_team_id, specialist_id, enabled, version"
                        + " from routing_rule where id = :id")
                .param("id", id)
                .query((rs, row) -> new RoutingRule(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("name"),
                        (Long) rs.getObject("cue_id"),
                        (Long) rs.getObject("touch_point_id"),
                        rs.getString("life_cycle_stage") == null
                                ? null
                                : LifeCycleStage.valueOf(rs.getString("life_cycle_stage")),
                        (Long) rs.getObject("vertical_market_id"),
                        rs.getString("min_severity") == null ? null : Severity.valueOf(rs.getString("min_severity")),
                        List.of((String[]) rs.getArray("keywords").getArray()),
                        rs.getLong("owner_team_id"),
                        (Long) rs.getObject("specialist_id"),
                        rs.getBoolean("enabled"),
                        rs.getInt("version")))
                .optional();
    }

    boolean positionTaken(int position, Long exceptId) {
        return jdbc.sql("select exists (select 1 from routing_rule where position = :p"
                        + " and (cast(:id as bigint) is null or id <> :id))")
                .param("p", position)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from routing_rule where lower(name) = lower(:n)"
                        + " and (cast(:id as bigint) is null or id <> :id))")
                .param("n", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(RoutingRule rule) {
        return values(
                        "insert into routing_rule (position, name, cue_id, touch_point_id, life_cycle_stage,"
                                + " vertical_market_id, min_severity, keywords, owner_team_id, specialist_id, enabled)"
                                + " values (:position, :name, :cue, :tp, :stage, :vm, :sev, string_to_array(cast(:kw as text), '|'), :team, :specialist, :enabled)"
                                + " returning id",
                        rule)
                .query(Long.class)
                .single();
    }

    /** Updates when the version still matches; false when someone else saved first. */
    boolean update(RoutingRule rule) {
        return values(
                                "update routing_rule set position = :position, name = :name, cue_id = :cue,"
                                        + " touch_point_id = :tp, life_cycle_stage = :stage, vertical_market_id = :vm,"
                                        + " min_severity = :sev, keywords = string_to_array(cast(:kw as text), '|'), owner_team_id = :team, specialist_id = :specialist,"
                                        + " enabled = :enabled, version = version + 1 where id = :id and version = :version",
                                rule)
                        .param("id", rule.id())
                        .param("version", rule.version())
                        .update()
                == 1;
    }

    /** Swaps the rule with its neighbour above (-1) or below (+1); false when there is none. */
    boolean swapWithNeighbour(long id, int direction) {
        var pair = jdbc.sql("select r.id as rule_id, r.position as rule_position, n.id as neighbour_id,"
                        + " n.position as neighbour_position from routing_rule r join lateral (select id, position"
                        + " from routing_rule x where case when :dir < 0 then x.position < r.position"
                        + " else x.position > r.position end order by case when :dir < 0 then -x.position"
                        + " else x.position end limit 1) n on true where r.id = :id")
                .param("id", id)
                .param("dir", direction)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .optional();
        if (pair.isEmpty()) {
            return false;
        }
        long[] p = pair.get();
        // position is unique: park the rule on a free position while the neighbour takes its place
        jdbc.sql("update routing_rule set position = (select max(position) + 1 from routing_rule),"
                        + " version = version + 1 where id = :id")
                .param("id", p[0])
                .update();
        jdbc.sql("update routing_rule set position = :pos, version = version + 1 where id = :id")
                .param("pos", p[1])
                .param("id", p[2])
                .update();
        jdbc.sql("update routing_rule set position = :pos where id = :id")
                .param("pos", p[3])
                .param("id", p[0])
                .update();
        return true;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from routing_rule where id = :id and version = :v")
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** The team's name, or null. */
    String teamName(Long teamId) {
        return teamId == null
                ? null
                : jdbc.sql("select name from team where id = :id")
                        .param("id", teamId)
                        .query(String.class)
                        .optional()
                        .orElse(null);
    }

    /** Whether the user belongs to the team. */
    boolean inTeam(long userId, long teamId) {
        return jdbc.sql("select exists (select 1 from app_user where id = :u and team_id = :t)")
                .param("u", userId)
                .param("t", teamId)
                .query(Boolean.class)
                .single();
    }

    long teamByCode(String code) {
        return jdbc.sql("select id from team where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec values(String sql, RoutingRule rule) {
        return jdbc.sql(sql)
                .param("position", rule.position())
                .param("name", rule.name().trim())
                .param("cue", rule.cueId())
                .param("tp", rule.touchPointId())
                .param(
                        "stage",
                        rule.lifeCycleStage() == null
                                ? null
                                : rule.lifeCycleStage().name())
                .param("vm", rule.verticalMarketId())
                .param(
                        "sev",
                        rule.minSeverity() == null ? null : rule.minSeverity().name())
                .param("kw", String.join("|", rule.keywords()))
                .param("team", rule.ownerTeamId())
                .param("specialist", rule.specialistId())
                .param("enabled", rule.enabled());
    }
}
