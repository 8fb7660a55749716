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
     * delivery and ordering, finance: invoicing, ...); NPS is the company's relationship NPS, the same
     * for every team: the relationship survey asks it about the whole relationship, not about a touch
     * point a team owns, so no team's share of it can be measured; a team's NPS goal is its target for
     * the company's NPS.
     */
    List<TeamGoal> goals(LocalDate quarter, LocalDate toMonth, Instant now) {
        return jdbc.sql(
                        """
                with team_touch_points as (
                    select distinct owner_team_id as team_id, touch_point_id from service_standard_facts
                    where owner_team_id is not null and touch_point_id is not null),
                team_experience as (
                    select tt.team_id, sum(m.experienced_sum) / sum(m.answers) as score,
                           (sum(m.experienced_sum) - sum(m.expected_sum)) / sum(m.answers) as gap,
                           sum(m.answers) as answers
                    from team_touch_points tt join answer_item_month m on m.touch_point_id = tt.touch_point_id
                    where m.month >= :from and m.month < :to
                    group by tt.team_id),
                company_nps as (
                    select %s as nps, coalesce(sum(m.nps_answers), 0) as answers
                    from response_book_month m where m.pattern = 'PRESENT' and m.month >= :from and m.month < :to),
                overdue as (
                    select owner_team_id as team_id, count(*) as issues from issue_facts
                    where issue_overdue(status, sla_due_at, :now) group by owner_team_id)
                select t.name as team, g.metric, g.target_value::float8 as target,
                       (case g.metric when 'SUMMARY_SCORE' then e.score
                                      when 'SATISFACTION_GAP' then e.gap
                                      when 'NPS' then n.nps
                                      else coalesce(o.issues, 0) end)::float8 as actual,
                       case g.metric when 'NPS' then n.answers
                                     when 'OVERDUE_ISSUES' then coalesce(o.issues, 0)
                                     else coalesce(e.answers, 0) end as answers
                from experience_goal g
                join team_directory t on t.id = g.team_id
                left join team_experience e on e.team_id = g.team_id
                left join overdue o on o.team_id = g.team_id
                cross join company_nps n
                where g.period_start = :quarter
                order by t.name, g.metric"""
                                .formatted(Nps.ofCounts("m")))
                .param("quarter", java.sql.Date.valueOf(quarter))
                .param("from", quarter)
                .param("to", toMonth)
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
                from account_facts a join vertical_market v on v.id = a.vertical_market_id
                group by v.market_group
                order by defected desc, v.market_group""")
                .param("since", java.sql.Date.valueOf(today.minusYears(1)))
                .query(Defections.class)
                .list();
    }

    /** The most recent comments from responses scoring below {@code belowScore} or from detractors. */
    List<Verbatim> verbatims(double belowScore, int limit) {
        // newest commented responses first through their partial index, each scored by its own
        // answers, until enough qualify: never all commented responses
        return jdbc.sql(
                        """
                select a.id as account_id, a.name as account, r.responded_at,
                       coalesce(tp.name, 'Relationship survey') as touch_point,
                       x.score::float8 as score, r.nps, r.comment
                from response_facts r
                cross join lateral (select avg(ans.experienced) as score from answer_facts ans
                                    where ans.response_id = r.id) x
                join account_facts a on a.id = r.account_id
                left join touch_point tp on tp.id = r.touch_point_id
                where length(trim(r.comment)) > 0 and (x.score < :below or nps_detractor(r.nps))
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
                       i.sla_due_at, issue_overdue(i.status, i.sla_due_at, :now) as overdue,
                       i.escalated_at is not null as escalated
                from issue_facts i join account_facts a on a.id = i.account_id
                join team_directory t on t.id = i.owner_team_id
                where i.is_open
                order by overdue desc,
                         array_position(array['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], i.severity),
                         i.created_at
                limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReviewIssue.class)
                .list();
    }
}
