package cx.touchpoint.account;

import cx.touchpoint.account.AccountDetail.ContactEligibility;
import cx.touchpoint.account.AccountDetail.CueScore;
import cx.touchpoint.account.AccountDetail.OpenIssue;
import cx.touchpoint.account.AccountDetail.WaveSegment;
import cx.touchpoint.insight.NpsCounts;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One account's detail, read in PostgreSQL; segments from the V10 classification views. */
@Repository
class AccountDetailQueries {

    private final JdbcClient jdbc;

    AccountDetailQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountFacts> facts(long accountId) {
        return jdbc.sql(
                        """
                select a.id, a.name, v.name as vertical_market, v.market_group,
                l.region || ' · ' || l.country as location, p.name as service_platform,
                a.account_executive_id, u.full_name as account_executive, a.annual_revenue as revenue,
                a.potential_revenue as potential, a.status, a.defected_on, a.customer_since, s.segment,
                s.score::float8 as score, s.nps::int as nps, s.responded_at as last_relationship_survey
                from account a join vertical_market v on v.id = a.vertical_market_id
                join location l on l.id = a.location_id join service_platform p on p.id = a.service_platform_id
                join user_directory u on u.id = a.account_executive_id
                join account_segment s on s.account_id = a.id where a.id = :id
                """)
                .param("id", accountId)
                .query(AccountFacts.class)
                .optional();
    }

    List<WaveSegment> segmentHistory(long accountId) {
        return jdbc.sql(
                        """
                select quarter_start, score::float8 as score, segment from account_quarter_segment
                where account_id = :id order by quarter_start
                """)
                .param("id", accountId)
                .query(WaveSegment.class)
                .list();
    }

    List<CueScore> cueScores(long accountId) {
        return jdbc.sql(
                        """
                select c.name as cue, avg(ans.expected)::float8 as expected,
                avg(ans.experienced)::float8 as experienced
                from account_latest_score l join answer_facts ans on ans.response_id = l.response_id
                join survey_item_facts i on i.id = ans.item_id join perception_cue c on c.id = i.cue_id
                where l.account_id = :id group by c.name, c.sort_order order by c.sort_order
                """)
                .param("id", accountId)
                .query(CueScore.class)
                .list();
    }

    /** Promoters, passives and detractors of the account's responses per quarter with NPS answers. */
    Map<LocalDate, NpsCounts> npsByQuarter(long accountId) {
        Map<LocalDate, NpsCounts> counts = new TreeMap<>();
        jdbc.sql(
                        """
                select company_quarter(r.responded_at) as quarter_start,
                count(*) filter (where nps_promoter(r.nps)) as promoters,
                count(*) filter (where not nps_promoter(r.nps) and not nps_detractor(r.nps)) as passives,
                count(*) filter (where nps_detractor(r.nps)) as detractors
                from response_facts r where r.account_id = :id and r.nps is not null group by 1 order by 1""")
                .param("id", accountId)
                .query((rs, n) -> counts.put(
                        rs.getDate("quarter_start").toLocalDate(),
                        new NpsCounts(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"))))
                .list();
        return counts;
    }

    List<OpenIssue> openIssues(long accountId, Instant now) {
        return jdbc.sql(
                        """
                select i.id, i.title, i.severity, i.status, t.name as team, i.sla_due_at,
                issue_overdue(i.status, i.sla_due_at, :now) as overdue
                from issue_facts i join team_directory t on t.id = i.owner_team_id
                where i.account_id = :id and i.is_open
                order by i.sla_due_at, i.id limit 200
                """)
                .param("id", accountId)
                .param("now", Timestamp.from(now))
                .query(OpenIssue.class)
                .list();
    }

    /**
     * Contacts and when each may next get a relationship (PRESENT) or transaction (PAST) survey: the
     * last survey of that kind (invitation sent or response given; without either, the contact's
     * last-surveyed date) plus the contact policy's quiet days. Null = eligible now.
     */
    List<ContactEligibility> contacts(long accountId, Instant now) {
        return jdbc.sql("select c.id, c.full_name, c.job_title, c.email, c.last_surveyed_at,"
                        + " " + eligibleFrom("PRESENT") + " as relationship_from,"
                        + " " + eligibleFrom("PAST") + " as transaction_from"
                        + " from contact c where c.account_id = :id order by c.full_name, c.id limit 200")
                .param("id", accountId)
                .param("now", Timestamp.from(now))
                .query(ContactEligibility.class)
                .list();
    }

    /** The contact policy's SQL function {@code contact_quiet_until} (V50), when it ends after now. */
    private static String eligibleFrom(String pattern) {
        return "(select case when q.until > :now then q.until end from (select contact_quiet_until(c.id, '" + pattern
                + "') as until) q)";
    }

    List<ResponseSummary> responses(long accountId, int offset, int limit) {
        return jdbc.sql(
                        """
                                select r.id, r.responded_at, t.name as survey, r.pattern, tp.name as touch_point,
                                c.full_name as contact, r.nps::int as nps,
                                (select avg(x.experienced)::float8 from answer_facts x where x.response_id = r.id) as score,
                                r.comment from response_facts r join survey_template_facts t on t.id = r.template_id
                                left join touch_point tp on tp.id = r.touch_point_id left join contact c on c.id = r.contact_id
                                where r.account_id = :id order by r.responded_at desc, r.id desc offset :offset limit :limit
                                """)
                .param("id", accountId)
                .param("offset", offset)
                .param("limit", limit)
                .query(ResponseSummary.class)
                .list();
    }

    long responseCount(long accountId) {
        return jdbc.sql("select count(*) from response_facts where account_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .single();
    }
}
