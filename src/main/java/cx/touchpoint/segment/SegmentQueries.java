package cx.touchpoint.segment;

import cx.touchpoint.base.AccountFilter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The segment figures, computed in PostgreSQL from the {@code account_segment} and
 * {@code account_quarter_segment} views (the one classification rule, V10), which read the summaries
 * maintained on write (V40). Active accounts only.
 */
@Repository
class SegmentQueries {

    static final String ACTIVE_FILTERED = " where a.status = 'ACTIVE' and " + AccountFilter.condition("a");

    /** The distinct quarters of account_wave_score, one index probe each (not a scan of every account's waves). */
    private static final String WAVE_QUARTERS =
            """
            with recursive w as (select min(quarter_start) as quarter_start
            from account_wave_score union all select (select min(x.quarter_start) from account_wave_score x
            where x.quarter_start > w.quarter_start) from w where w.quarter_start is not null)
            select quarter_start from w where quarter_start is not null
            """;

    private final JdbcClient jdbc;

    SegmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SegmentFigures> figures(AccountFilter filter) {
        return filter.bind(jdbc.sql("select s.segment, count(*) as accounts,"
                        + " sum(a.annual_revenue) as revenue, sum(a.potential_revenue) as potential_revenue,"
                        + " (100.0 * sum(a.annual_revenue) / nullif(sum(sum(a.annual_revenue)) over (), 0))"
                        + "   ::float8 as share_of_revenue,"
                        + " count(*) filter (where s.nps <= 6) as detractors,"
                        + " coalesce(sum(a.annual_revenue) filter (where s.nps <= 6), 0) as detractor_revenue"
                        + " from account a join account_segment s on s.account_id = a.id"
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
                        + " from account a join account_segment s on s.account_id = a.id"
                        + ACTIVE_FILTERED
                        + " and s.score is not null order by s.segment, a.name"))
                .query(AccountPoint.class)
                .list();
    }

    /** Every quarter with relationship scores, oldest first, named after its wave where there is one. */
    List<SurveyWave> waves() {
        return jdbc.sql("select q.quarter_start, (select min(w.name) from survey_wave w"
                        + "   join survey_template t on t.id = w.template_id"
                        + "   where t.pattern = 'PRESENT' and date_trunc('quarter', w.opens_on)::date = q.quarter_start)"
                        + " as wave_name"
                        + " from (" + WAVE_QUARTERS + ") q order by q.quarter_start")
                .query(SurveyWave.class)
                .list();
    }

    List<SegmentMovement.Move> movement(LocalDate fromQuarter, LocalDate toQuarter, AccountFilter filter) {
        // each account's segment as of a wave is its latest wave up to it: two probes of the primary key
        // (account_id, quarter_start) per account, instead of reading and sorting every wave up to the later one
        return filter.bind(jdbc.sql("select coalesce(f.segment, 'UNSCORED') as from_segment,"
                        + " coalesce(t.segment, 'UNSCORED') as to_segment, count(*) as accounts"
                        + " from account a"
                        + " left join lateral (" + segmentAsOf(":from_q") + ") f on true"
                        + " left join lateral (" + segmentAsOf(":to_q") + ") t on true"
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

    private static String segmentAsOf(String quarterParameter) {
        return "select w.segment from account_quarter_segment w where w.account_id = a.id"
                + " and w.quarter_start <= cast(" + quarterParameter + " as date)"
                + " order by w.quarter_start desc limit 1";
    }
}
