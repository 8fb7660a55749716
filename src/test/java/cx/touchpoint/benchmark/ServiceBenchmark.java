package cx.touchpoint.benchmark;

import cx.touchpoint.account.AccountQuery;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.AccountSort;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapSelection;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.insight.DriverOutcome;
import cx.touchpoint.insight.DriverQuery;
import cx.touchpoint.insight.DriverService;
import cx.touchpoint.issue.BoardFilter;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.issue.SlaEscalation;
import cx.touchpoint.review.ReviewService;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentService;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.SignIn;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The service calls behind each view, as the signed-in user of that view, timed through the Spring
 * beans (transactions, security and SQL; no HTTP, no rendering). Part of {@code ./mvnw -Pbenchmark
 * verify} (docs/PERFORMANCE.md), never of the default build.
 */
class ServiceBenchmark extends ScaleBenchmark {

    @Autowired
    UserDetailsService users;

    @Autowired
    HomeService home;

    @Autowired
    ReviewService review;

    @Autowired
    SegmentService segments;

    @Autowired
    AccountService accounts;

    @Autowired
    GapService gaps;

    @Autowired
    IssueService issues;

    @Autowired
    SlaEscalation escalation;

    @Autowired
    ResponseService responses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DriverService drivers;

    /** Only the operations whose name contains this ({@code -Dbenchmark.only=responses}); all by default. */
    static final String ONLY = System.getProperty("benchmark.only", "");

    private final List<Timing> timings = new ArrayList<>();

    private long firstVertical() {
        return jdbc.sql("select min(id) from vertical_market").query(Long.class).single();
    }

    @Test
    void measure() throws Exception {
        signIn("executive");
        time("home: headlines (all accounts)", home::headlines);
        time("home: NPS trend, 8 quarters", home::npsTrend);
        time("review: goals per team", review::goals);
        time("review: six gaps, widest", review::sixGaps);
        time("review: verbatims", review::verbatims);
        time("review: top open issues", review::topIssues);
        time("review: defections per market group", review::defections);
        time("review: NPS trend with intervals and significance, 8 quarters", review::npsTrendByQuarter);
        time("review: key drivers (Shapley, 12 months, all accounts)", review::drivers);
        time("review: NPS per vertical, this quarter vs last", review::verticalNps);
        time("segments: cards and revenue at risk", () -> segments.overview(AccountFilter.ALL));
        time("segments: scatter (points or cells, all accounts)", () -> segments.scatter(AccountFilter.ALL));
        time("segments: scatter as every account's point (before cells)", () -> segments.points(AccountFilter.ALL));
        time("segments: movement, last two waves", () -> segments.movement(null, null, AccountFilter.ALL));
        time(
                "accounts: first page of 50, by revenue",
                () -> accounts.page(AccountQuery.ALL, AccountSort.Order.DEFAULT, 0, 50));
        time("accounts: count", () -> accounts.count(AccountQuery.ALL));
        time("accounts: detail of one account", () -> accounts.detail(1));
        var threeMonths = GapFilter.DEFAULT;
        var twoYears = GapFilter.DEFAULT.withMonths(24);
        time("gaps: 6 and 1 per cue, 3 months", () -> gaps.cueGaps(threeMonths));
        time("gaps: 6 and 1 per cue, 24 months", () -> gaps.cueGaps(twoYears));
        time("gaps: chains of all standards, 24 months", () -> gaps.gapChains(twoYears));
        time("gaps: largest, first page, 24 months", () -> gaps.largestGaps(twoYears, 0, 50));
        time("gaps: priority (drivers x gap 6), 24 months", () -> gaps.priorities(twoYears));
        time(
                "drivers: one vertical, 24 months",
                () -> drivers.drivers(new DriverQuery(
                        new AccountFilter(firstVertical(), null, null, null),
                        drivers.recent(AccountFilter.ALL).toMonth().minusMonths(24),
                        drivers.recent(AccountFilter.ALL).toMonth(),
                        true,
                        DriverOutcome.NPS)));
        time("gaps: trend, 8 quarters", () -> gaps.satisfactionTrend(threeMonths));
        time(
                "gaps: answers behind all cues, first page, 24 months",
                () -> gaps.answersBehind(twoYears, GapSelection.cue(null), false, 0, 50));
        signIn("account.exec");
        time("home: headlines (account executive's book)", home::headlines);
        time("segments: cards (account executive's book)", () -> segments.overview(AccountFilter.ALL));
        time("gaps: 6 and 1 per cue (account executive's book)", () -> gaps.cueGaps(threeMonths));
        time("drivers: account executive's book, 12 months", () -> drivers.recentDrivers(AccountFilter.ALL));
        time("gaps: priority (drivers x gap 6), book, 3 months", () -> gaps.priorities(threeMonths));
        signIn("team.lead");
        issueBoard(); // last: it records responses, which the figures above must not see

        var report = new StringBuilder(Timing.header());
        timings.forEach(t -> report.append(t.row()).append('\n'));
        report.append("\nData: ")
                .append(jdbc.sql("select count(*) from account")
                        .query(Long.class)
                        .single())
                .append(" accounts, ")
                .append(jdbc.sql("select count(*) from survey_response")
                        .query(Long.class)
                        .single())
                .append(" responses, ")
                .append(jdbc.sql("select count(*) from response_answer")
                        .query(Long.class)
                        .single())
                .append(" answers, ")
                .append(jdbc.sql("select count(*) from issue").query(Long.class).single())
                .append(" issues after the runs.\n");
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        report.append("\nHeap used after the runs: ")
                .append(heap.getUsed() / (1024 * 1024))
                .append(" MiB\n");
        write("services", report.toString());
    }

    private void issueBoard() {
        var all = BoardFilter.everything();
        var atRiskOverdue = new BoardFilter(null, null, Segment.AT_RISK, true);
        long issue = issues.column(IssueStatus.IN_PROGRESS, all, 0, 1).get(0).id();
        time("board: column counts (no filter)", () -> issues.columnCounts(all));
        time("board: six columns, first 25 cards each", () -> allColumns(all));
        time("board: counts + columns, at-risk and overdue filter", () -> {
            issues.columnCounts(atRiskOverdue);
            return allColumns(atRiskOverdue);
        });
        time("board: detail panel (detail, evidence, audit trail)", () -> {
            issues.detail(issue);
            issues.evidence(issue);
            return issues.auditTrail(issue);
        });
        time("board: team metrics", issues::teamMetrics);
        time("board: SLA escalation run", escalation::escalateOverdue);
        long template = jdbc.sql("select id from survey_template where pattern = 'PRESENT' order by id limit 1")
                .query(Long.class)
                .single();
        List<Long> items = jdbc.sql("select id from survey_item where template_id = :t order by position")
                .param("t", template)
                .query(Long.class)
                .list();
        // accounts without an open issue, so a detractor raises its issues (rather than attaching to the
        // ones an earlier run raised) however often the benchmark runs on the kept schema
        List<Long> accountIds = jdbc.sql(
                        """
                select a.id from account a where a.status = 'ACTIVE' and not exists (select 1 from issue i
                where i.account_id = a.id and issue_is_open(i.status)) order by a.id limit 200
                """)
                .query(Long.class)
                .list();
        int[] next = {0};
        time(
                "responses: record a satisfied response (stores, verifies; raises nothing)",
                () -> responses.record(new NewResponse(
                        template,
                        accountIds.get(next[0]++ % accountIds.size()),
                        null,
                        null,
                        null,
                        null,
                        NewResponse.Channel.API,
                        9,
                        "",
                        null,
                        items.stream().map(i -> new NewResponse.Answer(i, 6, 6)).toList())));
        time(
                "responses: record a detractor response (stores, verifies, raises or attaches an issue)",
                () -> responses.record(new NewResponse(
                        template,
                        accountIds.get(next[0]++ % accountIds.size()),
                        null,
                        null,
                        null,
                        null,
                        NewResponse.Channel.API,
                        3,
                        "The invoice was late again",
                        null,
                        items.stream().map(i -> new NewResponse.Answer(i, 6, 2)).toList())));
    }

    private Void allColumns(BoardFilter filter) {
        for (IssueStatus status : IssueStatus.values()) {
            issues.column(status, filter, 0, 25);
        }
        return null;
    }

    private void time(String name, java.util.function.Supplier<?> operation) {
        if (name.contains(ONLY)) {
            timings.add(Timing.of(name, WARM_UP, RUNS, operation));
        }
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }
}
