package cx.touchpoint.home;

import cx.touchpoint.insight.NpsCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The home view's aggregations, computed in PostgreSQL. {@code ownerId} null = all accounts. */
@Repository
class HomeQueries {

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

    /**
     * Promoters, passives and detractors per quarter of the months from {@code fromMonth} (inclusive) to
     * {@code toMonth} (exclusive): the quarters with NPS answers.
     */
    Map<LocalDate, NpsCounts> npsByQuarter(LocalDate fromMonth, LocalDate toMonth, Long ownerId) {
        Map<LocalDate, NpsCounts> counts = new LinkedHashMap<>();
        jdbc.sql("select date_trunc('quarter', m.month)::date as quarter_start, sum(m.promoters) as promoters,"
                        + " sum(m.passives) as passives, sum(m.detractors) as detractors" + MONTHS
                        + " group by 1 having sum(m.nps_answers) > 0 order by 1")
                .param("from", fromMonth)
                .param("to", toMonth)
                .param("owner", ownerId)
                .query((rs, n) -> counts.put(
                        rs.getDate("quarter_start").toLocalDate(),
                        new NpsCounts(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"))))
                .list();
        return counts;
    }

    /** Promoters, passives and detractors of the months from {@code fromMonth} (inclusive) to {@code toMonth} (exclusive). */
    NpsCounts npsCounts(LocalDate fromMonth, LocalDate toMonth, Long ownerId) {
        return jdbc.sql("select coalesce(sum(m.promoters), 0) as promoters, coalesce(sum(m.passives), 0) as passives,"
                        + " coalesce(sum(m.detractors), 0) as detractors" + MONTHS)
                .param("from", fromMonth)
                .param("to", toMonth)
                .param("owner", ownerId)
                .query(NpsCounts.class)
                .single();
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
                avg(s.score)::float8 as summary_score,
                coalesce(sum(s.score * s.score), 0)::float8 as score_squares
                from account_facts a left join account_latest_score s on s.account_id = a.id
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
                select count(*) as open_issues,
                       count(*) filter (where issue_overdue(i.status, i.sla_due_at, :now)) as overdue_issues
                from issue_facts i join account_facts a on a.id = i.account_id
                where i.is_open
                and (cast(:owner as bigint) is null or a.account_executive_id = :owner)
                """)
                .param("now", java.sql.Timestamp.from(now))
                .param("owner", ownerId)
                .query(IssueCounts.class)
                .single();
    }

    record AccountScores(long activeAccounts, long scoredAccounts, Double summaryScore, double scoreSquares) {}

    record IssueCounts(long openIssues, long overdueIssues) {}
}
