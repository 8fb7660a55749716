package cx.touchpoint.review;

import cx.touchpoint.base.Nps;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The experience review's own aggregations, in PostgreSQL. */
@Repository
class ReviewQueries {

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The goals set for the quarter starting {@code quarter}, each with its actual. A team's
     * experience is measured at the touch points whose service standards it owns (logistics:
     * delivery and ordering, finance: invoicing, ...); NPS is the company's relationship NPS.
     */
    List<TeamGoal> goals(LocalDate quarter, Instant from, Instant to, Instant now) {
        return jdbc.sql(
                        """
                with team_answers as (
                    select s.owner_team_id as team_id, x.expected, x.experienced
                    from response_answer x
                    join survey_response r on r.id = x.response_id
                    join service_standard s on s.touch_point_id = r.touch_point_id
                    where r.responded_at >= :from and r.responded_at < :to and s.owner_team_id is not null
                    group by s.owner_team_id, x.id, x.expected, x.experienced),
                team_experience as (
                    select team_id, avg(experienced) as score, avg(experienced) - avg(expected) as gap, count(*) as answers
                    from team_answers group by team_id),
                company_nps as (
                    select %s as nps, count(nps) as answers
                    from survey_response where pattern = 'PRESENT'
                      and responded_at >= :from and responded_at < :to),
                overdue as (
                    select owner_team_id as team_id, count(*) as issues from issue
                    where issue_is_open(status) and sla_due_at < :now group by owner_team_id)
                select t.name as team, g.metric, g.target_value::float8 as target,
                       (case g.metric when 'SUMMARY_SCORE' then e.score
                                      when 'SATISFACTION_GAP' then e.gap
                                      when 'NPS' then n.nps
                                      else coalesce(o.issues, 0) end)::float8 as actual,
                       case g.metric when 'NPS' then n.answers
                                     when 'OVERDUE_ISSUES' then coalesce(o.issues, 0)
                                     else coalesce(e.answers, 0) end as answers
                from experience_goal g
                join team t on t.id = g.team_id
                left join team_experience e on e.team_id = g.team_id
                left join overdue o on o.team_id = g.team_id
                cross join company_nps n
                where g.period_start = :quarter
                order by t.name, g.metric"""
                                .formatted(Nps.of("nps")))
                .param("quarter", java.sql.Date.valueOf(quarter))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now))
                .query(TeamGoal.class)
                .list();
    }

    /** Defections per vertical-market group in the twelve months before {@code today}. */
    List<Defections> defections(LocalDate today) {
        return jdbc.sql(
                        """
                select v.market_group,
                       count(*) filter (where a.customer_since < :since
                                        and (a.defected_on is null or a.defected_on >= :since)) as accounts,
                       count(*) filter (where a.defected_on >= :since) as defected,
                       coalesce(sum(a.annual_revenue) filter (where a.defected_on >= :since), 0)::float8 as revenue_lost
                from account a join vertical_market v on v.id = a.vertical_market_id
                group by v.market_group
                order by defected desc, v.market_group""")
                .param("since", java.sql.Date.valueOf(today.minusYears(1)))
                .query(Defections.class)
                .list();
    }

    /** The most recent comments from responses scoring below {@code belowScore} or from detractors. */
    List<Verbatim> verbatims(double belowScore, int limit) {
        return jdbc.sql(
                        """
                select a.id as account_id, a.name as account, r.responded_at,
                       coalesce(tp.name, 'Relationship survey') as touch_point,
                       round(avg(x.experienced), 2)::float8 as score, r.nps, r.comment
                from survey_response r
                join account a on a.id = r.account_id
                left join touch_point tp on tp.id = r.touch_point_id
                left join response_answer x on x.response_id = r.id
                where length(trim(r.comment)) > 0
                group by a.id, a.name, r.id, r.responded_at, tp.name, r.nps, r.comment
                having avg(x.experienced) < :below or r.nps <= 6
                order by r.responded_at desc, r.id desc
                limit :limit""")
                .param("below", belowScore)
                .param("limit", limit)
                .query(Verbatim.class)
                .list();
    }

    /** Open issues, the overdue first, then by severity and age. */
    List<ReviewIssue> topOpenIssues(Instant now, int limit) {
        return jdbc.sql(
                        """
                select i.id, i.title, a.id as account_id, a.name as account, t.name as team, i.severity, i.status,
                       i.sla_due_at, i.sla_due_at < :now as overdue, i.escalated_at is not null as escalated
                from issue i join account a on a.id = i.account_id join team t on t.id = i.owner_team_id
                where issue_is_open(i.status)
                order by i.sla_due_at < :now desc,
                         array_position(array['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], i.severity),
                         i.created_at
                limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReviewIssue.class)
                .list();
    }
}
