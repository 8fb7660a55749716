package cx.touchpoint.segment;

import cx.touchpoint.base.AccountFilter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The segment figures, computed in PostgreSQL from the {@code account_segment} view (the one
 * classification rule, V10) and the per-wave segments carried forward ({@code account_wave_segment},
 * V160), which read the summaries maintained on write (V40). Active accounts only.
 */
@Repository
class SegmentQueries {

    static final String ACTIVE_FILTERED = " where a.status = 'ACTIVE' and " + AccountFilter.condition("a");

    private final JdbcClient jdbc;

    SegmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SegmentFigures> figures(AccountFilter filter) {
        return filter.bind(jdbc.sql("select s.segment, count(*) as accounts,"
                        + " sum(a.annual_revenue) as revenue, sum(a.potential_revenue) as potential_revenue,"
                        + " (100.0 * sum(a.annual_revenue) / nullif(sum(sum(a.annual_revenue)) over (), 0))"
                        + "   ::float8 as share_of_revenue,"
                        + " count(*) filter (where nps_detractor(s.nps)) as detractors,"
                        + " coalesce(sum(a.annual_revenue) filter (where nps_detractor(s.nps)), 0) as detractor_revenue"
                        + " from account_facts a join account_segment s on s.account_id = a.id"
                        + ACTIVE_FILTERED
                        + " group by s.segment"))
                .query(SegmentFigures.class)
                .list();
    }

    EffectiveThresholds thresholds() {
        return jdbc.sql(
                        """
                select score_threshold as score, revenue_threshold as revenue,
                revenue_threshold_is_median as revenue_is_median, growth_headroom_ratio
                from segment_threshold_effective
                """)
                .query(EffectiveThresholds.class)
                .single();
    }

    List<AccountPoint> points(AccountFilter filter) {
        return filter.bind(jdbc.sql("select a.id as account_id, a.name, s.segment, s.score::float8 as score,"
                        + " a.annual_revenue as revenue"
                        + " from account_facts a join account_segment s on s.account_id = a.id"
                        + ACTIVE_FILTERED
                        + " and s.score is not null order by s.segment, a.name"))
                .query(AccountPoint.class)
                .list();
    }

    /** Every quarter with relationship scores, oldest first, named after its wave where there is one. */
    List<SurveyWave> waves() {
        return jdbc.sql("select q.quarter_start, (select min(w.name) from survey_wave_facts w"
                        + "   join survey_template_facts t on t.id = w.template_id"
                        + "   where t.pattern = 'PRESENT' and date_trunc('quarter', w.opens_on)::date = q.quarter_start)"
                        + " as wave_name"
                        + " from relationship_wave_quarters() q (quarter_start) order by q.quarter_start")
                .query(SurveyWave.class)
                .list();
    }

    List<SegmentMovement.Move> movement(LocalDate fromQuarter, LocalDate toQuarter, AccountFilter filter) {
        // each account's segment as of each wave, carried forward (V160): one indexed read per wave
        return filter.bind(jdbc.sql("select coalesce(f.segment, 'UNSCORED') as from_segment,"
                        + " coalesce(t.segment, 'UNSCORED') as to_segment, count(*) as accounts"
                        + " from account_facts a"
                        + " left join account_wave_segment f on f.account_id = a.id and f.quarter_start = :from_q"
                        + " left join account_wave_segment t on t.account_id = a.id and t.quarter_start = :to_q"
                        + ACTIVE_FILTERED
                        + " group by 1, 2"))
                .param("from_q", fromQuarter)
                .param("to_q", toQuarter)
                .query((rs, row) -> new SegmentMovement.Move(
                        Segment.valueOf(rs.getString("from_segment")),
                        Segment.valueOf(rs.getString("to_segment")),
                        rs.getLong("accounts")))
                .list();
    }

    /**
     * Per cue, n, Σ and Σ² of the experienced scores (1-7) in the wave responses of {@code fromQuarter} and
     * {@code toQuarter} of the filtered accounts whose segment went from outside {@code poor} into it.
     */
    List<CueWaves> cueWaves(LocalDate fromQuarter, LocalDate toQuarter, AccountFilter filter, List<String> poor) {
        return filter.bind(jdbc.sql(
                        """
                with moved as (
                    select a.id from account_facts a
                    join account_wave_segment f on f.account_id = a.id and f.quarter_start = :from_q
                    join account_wave_segment t on t.account_id = a.id and t.quarter_start = :to_q
                    where a.status = 'ACTIVE' and %s
                    and t.segment = any (cast(:poor as text[])) and not f.segment = any (cast(:poor as text[])))
                select c.name as cue,
                count(*) filter (where w.quarter_start = :to_q) as to_n,
                coalesce(sum(x.experienced) filter (where w.quarter_start = :to_q), 0)::float8 as to_sum,
                coalesce(sum(x.experienced * x.experienced) filter (where w.quarter_start = :to_q), 0)::float8 as to_squares,
                count(*) filter (where w.quarter_start = :from_q) as from_n,
                coalesce(sum(x.experienced) filter (where w.quarter_start = :from_q), 0)::float8 as from_sum,
                coalesce(sum(x.experienced * x.experienced) filter (where w.quarter_start = :from_q), 0)::float8
                    as from_squares
                from moved m
                join account_wave_score w on w.account_id = m.id and w.quarter_start in (:from_q, :to_q)
                join answer_facts x on x.response_id = w.response_id
                join survey_item_facts i on i.id = x.item_id
                join perception_cue c on c.id = i.cue_id
                group by c.name, c.sort_order order by c.sort_order"""
                                .formatted(AccountFilter.condition("a"))))
                .param("from_q", fromQuarter)
                .param("to_q", toQuarter)
                .param("poor", "{" + String.join(",", poor) + "}")
                .query(CueWaves.class)
                .list();
    }

    record CueWaves(
            String cue, long toN, double toSum, double toSquares, long fromN, double fromSum, double fromSquares) {}
}
