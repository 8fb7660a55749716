package cx.touchpoint.issue.routing;

import cx.touchpoint.base.KeywordMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ordered routing-rule list; the first enabled match by position wins. The structured conditions
 * are checked in SQL, the keywords by {@link KeywordMatcher} — the same matcher the rule tester and
 * complaint detection use.
 */
@Repository
class RoutingRules {

    /**
     * Which structured conditions of rule {@code r} a sample satisfies, given the SQL of the sample's cue,
     * touch point id, vertical market and severity name; {@code tp} is the sample's touch point row.
     */
    private static String conditions(String cue, String touchPoint, String vertical, String severity) {
        return "(r.cue_id is null or r.cue_id = " + cue + ") as cue_ok,"
                + " (r.touch_point_id is null or r.touch_point_id = " + touchPoint + ") as touch_point_ok,"
                + " (r.life_cycle_stage is null or r.life_cycle_stage = tp.life_cycle_stage) as stage_ok,"
                + " (r.vertical_market_id is null or r.vertical_market_id = " + vertical + ") as vertical_ok,"
                + " (r.min_severity is null or array_position(array['LOW','MEDIUM','HIGH','CRITICAL'], " + severity
                + ") >= array_position(array['LOW','MEDIUM','HIGH','CRITICAL'], r.min_severity)) as severity_ok";
    }

    /** The conditions for one sample given as the parameters :cue, :tp, :vm and :severity. */
    private static final String CONDITIONS = conditions(":cue", ":tp", ":vm", "cast(:severity as text)");

    private static final String ALL_OK = "cue_ok and touch_point_ok and stage_ok and vertical_ok and severity_ok";

    /** Per-condition outcome of one rule on one sample. */
    record ConditionCheck(
            boolean cueOk,
            boolean touchPointOk,
            boolean stageOk,
            boolean verticalOk,
            boolean severityOk,
            boolean keywordsOk,
            boolean themeOk) {}

    /** A matching rule's route and the theme it names (null: none). */
    record Match(Route route, Long themeId) {}

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Route> firstMatch(RoutingSample sample) {
        return firstMatching(sample).map(Match::route);
    }

    Optional<Match> firstMatching(RoutingSample sample) {
        return firstMatches(List.of(sample)).get(0);
    }

    /**
     * The first matching enabled rule of each sample (empty where none matches), in the samples' order:
     * one statement for all of them.
     */
    List<Optional<Match>> firstMatches(List<RoutingSample> samples) {
        record Candidate(int sample, Route route, List<String> keywords, Long themeId) {}
        List<Optional<Match>> matches = new ArrayList<>(Collections.nCopies(samples.size(), Optional.empty()));
        if (samples.isEmpty()) {
            return matches;
        }
        var candidates = jdbc.sql("select s.n, m.id, m.name, m.owner_team_id, t.name as team_name, m.specialist_id,"
                        + " u.full_name as specialist_name, m.keywords, m.theme_id"
                        + " from unnest(cast(:cues as bigint[]), cast(:tps as bigint[]), cast(:vms as bigint[]),"
                        + " cast(:severities as text[])) with ordinality s (cue, tp, vm, severity, n)"
                        + " cross join lateral (select r.id, r.name, r.position, r.owner_team_id, r.specialist_id,"
                        + " r.keywords, r.theme_id, " + conditions("s.cue", "s.tp", "s.vm", "s.severity")
                        + " from routing_rule r left join touch_point tp on tp.id = s.tp where r.enabled) m"
                        + " join team t on t.id = m.owner_team_id left join app_user u on u.id = m.specialist_id"
                        + " where " + ALL_OK + " order by s.n, m.position")
                .param("cues", samples.stream().map(RoutingSample::cueId).toArray(Long[]::new))
                .param("tps", samples.stream().map(RoutingSample::touchPointId).toArray(Long[]::new))
                .param(
                        "vms",
                        samples.stream().map(RoutingSample::verticalMarketId).toArray(Long[]::new))
                .param(
                        "severities",
                        samples.stream()
                                .map(x -> x.severity() == null
                                        ? null
                                        : x.severity().name())
                                .toArray(String[]::new))
                .query((rs, row) -> new Candidate(
                        rs.getInt("n") - 1,
                        new Route(
                                rs.getLong("owner_team_id"),
                                rs.getString("team_name"),
                                (Long) rs.getObject("specialist_id"),
                                rs.getString("specialist_name"),
                                rs.getLong("id"),
                                rs.getString("name")),
                        List.of((String[]) rs.getArray("keywords").getArray()),
                        (Long) rs.getObject("theme_id")))
                .list();
        for (Candidate c : candidates) {
            if (matches.get(c.sample()).isEmpty() && textOk(c.keywords(), c.themeId(), samples.get(c.sample()))) {
                matches.set(c.sample(), Optional.of(new Match(c.route(), c.themeId())));
            }
        }
        return matches;
    }

    /**
     * The text condition: a rule with neither keywords nor theme accepts any text; otherwise one of its keywords
     * must occur in the text, or the sample's theme must be the rule's.
     */
    static boolean textOk(List<String> keywords, Long themeId, RoutingSample sample) {
        if (keywords.isEmpty() && themeId == null) {
            return true;
        }
        return (!keywords.isEmpty()
                        && KeywordMatcher.firstMatch(sample.text(), keywords).isPresent())
                || themeOk(themeId, sample);
    }

    static boolean themeOk(Long themeId, RoutingSample sample) {
        return themeId != null && themeId.equals(sample.themeId());
    }

    ConditionCheck check(RoutingRule draft, RoutingSample sample) {
        return sampled(
                        "select " + CONDITIONS + " from (select cast(:rcue as bigint) as cue_id,"
                                + " cast(:rtp as bigint) as touch_point_id, cast(:rstage as text) as life_cycle_stage,"
                                + " cast(:rvm as bigint) as vertical_market_id, cast(:rsev as text) as min_severity)"
                                + " r left join touch_point tp on tp.id = :tp",
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
                .query((rs, row) -> new ConditionCheck(
                        rs.getBoolean("cue_ok"),
                        rs.getBoolean("touch_point_ok"),
                        rs.getBoolean("stage_ok"),
                        rs.getBoolean("vertical_ok"),
                        rs.getBoolean("severity_ok"),
                        textOk(draft.keywords(), draft.themeId(), sample),
                        themeOk(draft.themeId(), sample)))
                .single();
    }

    private JdbcClient.StatementSpec sampled(String sql, RoutingSample sample) {
        return jdbc.sql(sql)
                .param("cue", sample.cueId())
                .param("tp", sample.touchPointId())
                .param("vm", sample.verticalMarketId())
                .param(
                        "severity",
                        sample.severity() == null ? null : sample.severity().name());
    }

    private static final String ROWS =
            """
            select r.id, r.position, r.name, coalesce(nullif(concat_ws('; ',
            'cue ' || c.name, 'touch point ' || tp.name,
            'stage ' || initcap(replace(r.life_cycle_stage, '_', ' ')), 'vertical ' || vm.name,
            'severity ' || lower(r.min_severity) || ' or worse',
            case when cardinality(r.keywords) > 0 then 'keywords ' || array_to_string(r.keywords, ', ') end,
            'theme ' || th.name || case when th.status <> 'ACTIVE' then ' (retired)' else '' end
            ), ''), 'any issue') as conditions, t.name as team, u.full_name as specialist, r.enabled
            from routing_rule r join team t on t.id = r.owner_team_id
            left join perception_cue c on c.id = r.cue_id left join touch_point tp on tp.id = r.touch_point_id
            left join vertical_market vm on vm.id = r.vertical_market_id
            left join app_user u on u.id = r.specialist_id left join theme th on th.id = r.theme_id
            """;

    List<RoutingRuleRow> page(int offset, int limit) {
        return jdbc.sql(ROWS + " order by r.position offset :o limit :l")
                .param("o", offset)
                .param("l", limit)
                .query(RoutingRuleRow.class)
                .list();
    }

    /** One saved rule as the list shows it, e.g. for the audit log. */
    Optional<RoutingRuleRow> row(long id) {
        return jdbc.sql(ROWS + " where r.id = :id")
                .param("id", id)
                .query(RoutingRuleRow.class)
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from routing_rule").query(Long.class).single();
    }

    int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from routing_rule where position < 100")
                .query(Integer.class)
                .single();
    }

    boolean positionTaken(int position, Long exceptId) {
        return jdbc.sql(
                        """
                select exists (select 1 from routing_rule where position = :p
                and (cast(:id as bigint) is null or id <> :id))
                """)
                .param("p", position)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql(
                        """
                select exists (select 1 from routing_rule where lower(name) = lower(:n)
                and (cast(:id as bigint) is null or id <> :id))
                """)
                .param("n", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    /** The id of the rule just above (-1) or below (+1) {@code id} in the order rules are tried. */
    Optional<Long> neighbour(long id, int direction) {
        return jdbc.sql(
                        """
                select n.id from routing_rule r join lateral (select id, position
                from routing_rule x where case when :dir < 0 then x.position < r.position
                else x.position > r.position end order by case when :dir < 0 then -x.position
                else x.position end limit 1) n on true where r.id = :id
                """)
                .param("id", id)
                .param("dir", direction)
                .query(Long.class)
                .optional();
    }

    /** A position no rule has: where a rule waits while two swap (positions are unique). */
    int freePosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from routing_rule")
                .query(Integer.class)
                .single();
    }

    /** The route to this team, without rule or specialist. */
    Route toTeam(long teamId) {
        return jdbc.sql("select id, name from team where id = :id")
                .param("id", teamId)
                .query((rs, row) -> new Route(rs.getLong("id"), rs.getString("name"), null, null, null, null))
                .single();
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

    /** The route to the team with this code, without rule or specialist: the fallback. */
    Route toTeam(String code) {
        return jdbc.sql("select id, name from team where code = :c")
                .param("c", code)
                .query((rs, row) -> new Route(rs.getLong("id"), rs.getString("name"), null, null, null, null))
                .single();
    }
}
