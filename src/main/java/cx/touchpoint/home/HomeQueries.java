package cx.touchpoint.home;

import cx.touchpoint.base.Nps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The home view's aggregations, computed in PostgreSQL. {@code ownerId} null = all accounts. */
@Repository
class HomeQueries {

    private static final String NPS = Nps.ofCounts("m");

    /**
     * The response summary per account executive's book ({@code response_book_month}, V190, alias m) in
     * months [:from, :to), of :owner's accounts: a few rows per month at any number of responses.
     */
    private static final String MONTHS = " from response_book_month m where m.month >= :from and m.month < :to"
            + " and (cast(:owner as bigint) is null or m.account_executive_id = :owner)";

    private final JdbcClient jdbc;

    HomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** NPS per quarter of the months from {@code fromMonth} (inclusive) to {@code toMonth} (exclusive). */
    List<NpsPoint> npsByQuarter(LocalDate fromMonth, LocalDate toMonth, Long ownerId) {
        return jdbc.sql("select date_trunc('quarter', m.month)::date as quarter_start, " + NPS
                        + " as nps, sum(m.nps_answers) as responses" + MONTHS
                        + " group by 1 having sum(m.nps_answers) > 0 order by 1")
                .param("from", fromMonth)
                .param("to", toMonth)
                .param("owner", ownerId)
                .query(NpsPoint.class)
                .list();
    }

    /** The NPS of the months from {@code fromMonth} (inclusive) to {@code toMonth} (exclusive). */
    Double nps(LocalDate fromMonth, LocalDate toMonth, Long ownerId) {
        return jdbc.sql("select " + NPS + MONTHS)
                .param("from", fromMonth)
                .param("to", toMonth)
                .param("owner", ownerId)
                .query(Double.class)
                .optional()
                .orElse(null);
    }

    /** Survey responses of every type in the months from {@code fromMonth} (inclusive) to {@code toMonth} (exclusive). */
    long responses(LocalDate fromMonth, LocalDate toMonth, Long ownerId) {
        return jdbc.sql("select coalesce(sum(m.responses), 0)" + MONTHS)
                .param("from", fromMonth)
                .param("to", toMonth)
                .param("owner", ownerId)
                .query(Long.class)
                .single();
    }

    /** Active accounts, and the mean and count of their summary experience scores. */
    AccountScores accountScores(Long ownerId) {
        return jdbc.sql(
                        """
                select count(*) as active_accounts, count(s.score) as scored_accounts,
                avg(s.score)::float8 as summary_score
                from account a left join account_latest_score s on s.account_id = a.id
                where a.status = 'ACTIVE'
                and (cast(:owner as bigint) is null or a.account_executive_id = :owner)
                """)
                .param("owner", ownerId)
                .query(AccountScores.class)
                .single();
    }

    IssueCounts issueCounts(Instant now, Long ownerId) {
        return jdbc.sql(
                        """
                select count(*) as open_issues, count(*) filter (where i.sla_due_at < :now) as overdue_issues
                from issue i join account a on a.id = i.account_id
                where issue_is_open(i.status)
                and (cast(:owner as bigint) is null or a.account_executive_id = :owner)
                """)
                .param("now", java.sql.Timestamp.from(now))
                .param("owner", ownerId)
                .query(IssueCounts.class)
                .single();
    }

    record AccountScores(long activeAccounts, long scoredAccounts, Double summaryScore) {}

    record IssueCounts(long openIssues, long overdueIssues) {}
}
