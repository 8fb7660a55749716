package cx.touchpoint.gap;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gaps 6 and 1 per perception cue, ranked per cue and touch point, and per quarter; all in PostgreSQL. */
@Repository
class CueGapQueries {

    private final JdbcClient jdbc;

    CueGapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per cue in cue order, then the all-cues row (cue_id null). */
    List<CueGapRow> perCue(GapScope scope) {
        return jdbc.sql("with customer as (select i.cue_id, " + GapSql.EXPECTED + "::float8 as expected, "
                        + GapSql.EXPERIENCED + "::float8 as experienced, sum(m.answers) as answers"
                        + GapSql.cells(scope) + " group by rollup (i.cue_id)),"
                        + " estimates as (select e.cue_id, avg(e.estimated_expected)::float8 as estimate,"
                        + " count(*) as estimates from (" + GapSql.LATEST_ESTIMATES + ") e group by rollup (e.cue_id))"
                        + " select c.id as cue_id, c.name as cue_name, cu.expected, cu.experienced,"
                        + " cu.experienced - cu.expected as satisfaction_gap, coalesce(cu.answers, 0) as answers,"
                        + " e.estimate, e.estimate - cu.expected as knowledge_gap, coalesce(e.estimates, 0) as estimates"
                        + " from (select id, name, sort_order from perception_cue"
                        + " union all select null, 'All cues', 2147483647) c"
                        + " left join customer cu on cu.cue_id is not distinct from c.id"
                        + " left join estimates e on e.cue_id is not distinct from c.id"
                        + " order by c.sort_order, c.name")
                .params(scope.parameters())
                .query(CueGapRow.class)
                .list();
    }

    /** Gap 6 per cue and touch point, the largest shortfall first. */
    List<RankedGap> ranked(GapScope scope, int offset, int limit) {
        return jdbc.sql("select i.cue_id, c.name as cue_name, t.id as touch_point_id,"
                        + " coalesce(t.name, 'Whole relationship') as touch_point_name,"
                        + " " + GapSql.EXPECTED + "::float8 as expected, " + GapSql.EXPERIENCED
                        + "::float8 as experienced,"
                        + " (" + GapSql.EXPERIENCED + " - " + GapSql.EXPECTED
                        + ")::float8 as gap, sum(m.answers) as answers"
                        + GapSql.cellsFrom(scope)
                        + " join perception_cue c on c.id = i.cue_id"
                        + " left join touch_point t on t.id = coalesce(i.touch_point_id, m.touch_point_id)"
                        + GapSql.cellsWhere(scope)
                        + " group by i.cue_id, c.name, c.sort_order, t.id, t.name"
                        + " order by gap, answers desc, c.sort_order, t.name nulls first"
                        + " offset :offset limit :limit")
                .params(scope.parameters())
                .param("offset", offset)
                .param("limit", limit)
                .query(RankedGap.class)
                .list();
    }

    /** Gap 6 per quarter: per cue and for all cues (cue_id null). */
    List<GapTrendPoint> perQuarter(GapScope scope) {
        return jdbc.sql("select date_trunc('quarter', m.month)::date as quarter_start, i.cue_id,"
                        + " (" + GapSql.EXPERIENCED + " - " + GapSql.EXPECTED
                        + ")::float8 as gap, sum(m.answers) as answers"
                        + GapSql.cells(scope)
                        + " group by grouping sets ((date_trunc('quarter', m.month), i.cue_id),"
                        + " (date_trunc('quarter', m.month)))"
                        + " order by 1, 2 nulls first")
                .params(scope.parameters())
                .query(GapTrendPoint.class)
                .list();
    }

    record CueGapRow(
            Long cueId,
            String cueName,
            Double expected,
            Double experienced,
            Double satisfactionGap,
            long answers,
            Double estimate,
            Double knowledgeGap,
            long estimates) {

        CueGaps toCueGaps() {
            return new CueGaps(
                    cueId,
                    cueName,
                    new SatisfactionGap(expected, experienced, satisfactionGap, answers),
                    new KnowledgeGap(estimate, expected, knowledgeGap, estimates, answers));
        }
    }
}
