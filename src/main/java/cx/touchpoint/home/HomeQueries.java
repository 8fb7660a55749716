package cx.touchpoint.home;

import cx.touchpoint.base.Nps;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The home view's aggregations, computed in PostgreSQL. {@code ownerId} null = all accounts. */
@Repository
class HomeQueries {

    private static final String NPS = Nps.of("r.nps");

    private final JdbcClient jdbc;

    HomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NpsPoint> npsByQuarter(Instant from, Instant to, Long ownerId) {
        return jdbc.sql("select company_quarter(r.responded_at) as quarter_start, " + NPS
                        + " as nps, count(*) as responses"
                        + " from survey_response r join account a on a.id = r.account_id"
                        + " where r.nps is not null and r.responded_at >= :from and r.responded_at < :to"
                        + " and (cast(:owner as bigint) is null or a.account_executive_id = :owner)"
                        + " group by 1 order by 1")
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("owner", ownerId)
                .query(NpsPoint.class)
                .list();
    }

    Double nps(Instant from, Instant to, Long ownerId) {
        return jdbc.sql("select " + NPS + " from survey_response r join account a on a.id = r.account_id"
                        + " where r.nps is not null and r.responded_at >= :from and r.responded_at < :to"
                        + " and (cast(:owner as bigint) is null or a.account_executive_id = :owner)")
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("owner", ownerId)
                .query(Double.class)
                .optional()
                .orElse(null);
    }

    long responsesSince(Instant from, Long ownerId) {
        return jdbc.sql("select count(*) from survey_response r join account a on a.id = r.account_id"
                        + " where r.responded_at >= :from"
                        + " and (cast(:owner as bigint) is null or a.account_executive_id = :owner)")
                .param("from", java.sql.Timestamp.from(from))
                .param("owner", ownerId)
                .query(Long.class)
                .single();
    }

    /** Active accounts, and the mean and count of their summary experience scores. */
    AccountScores accountScores(Long ownerId) {
        return jdbc.sql("select count(*) as active_accounts, count(s.score) as scored_accounts,"
                        + " round(avg(s.score), 2)::float8 as summary_score"
                        + " from account a left join account_latest_score s on s.account_id = a.id"
                        + " where a.status = 'ACTIVE'"
                        + " and (cast(:owner as bigint) is null or a.account_executive_id = :owner)")
                .param("owner", ownerId)
                .query(AccountScores.class)
                .single();
    }

    IssueCounts issueCounts(Instant now, Long ownerId) {
        return jdbc.sql("select count(*) as open_issues, count(*) filter (where i.sla_due_at < :now) as overdue_issues"
                        + " from issue i join account a on a.id = i.account_id"
                        + " where issue_is_open(i.status)"
                        + " and (cast(:owner as bigint) is null or a.account_executive_id = :owner)")
                .param("now", java.sql.Timestamp.from(now))
                .param("owner", ownerId)
                .query(IssueCounts.class)
                .single();
    }

    record AccountScores(long activeAccounts, long scoredAccounts, Double summaryScore) {}

    record IssueCounts(long openIssues, long overdueIssues) {}
}
