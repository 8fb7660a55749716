package cx.touchpoint.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ClockReplay;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.issue.IntakeService;
import cx.touchpoint.issue.SlaEscalation;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentOverview;
import cx.touchpoint.segment.SegmentService;
import cx.touchpoint.summary.Summaries;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.SignIn;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A denser demo company ({@code touchpoint.demo.responses-per-account}) tells the same story: the
 * same accounts in the same segments, the same six gaps, only more answers behind them. Each company
 * is generated in a transaction of its own, measured through the services and rolled back.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DemoDensityTest {

    /** The demo's 600 by default; {@code -Ddemo.density-test.accounts=2000} compares a larger company. */
    private static final int REPLAY_DAYS = 7;

    private static final int ACCOUNTS = Integer.getInteger("demo.density-test.accounts", DemoAccounts.DEFAULT_COUNT);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    DemoOrganisation organisation;

    @Autowired
    DemoStandards standards;

    @Autowired
    DemoSurveyTemplates templates;

    @Autowired
    DemoSurveyProgramme programme;

    @Autowired
    DemoIssueHistory issueHistory;

    @Autowired
    Summaries summaries;

    @Autowired
    DemoApiTokens apiTokens;

    @Autowired
    ResponseService responses;

    @Autowired
    IntakeService intake;

    @Autowired
    SlaEscalation escalation;

    @Autowired
    ClockReplay clockReplay;

    @Autowired
    UserDetailsService users;

    @Autowired
    SegmentService segments;

    @Autowired
    GapService gaps;

    /** What the dashboards show of one generated company. */
    record Figures(long responses, long contacts, SegmentOverview segments, List<CueGaps> gaps) {}

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void fifty_responses_per_account_keep_the_segment_shares_and_the_six_gaps_of_nine() {
        Figures usual = generate(DemoDensity.DEFAULT_RESPONSES_PER_ACCOUNT);
        Figures dense = generate(50);

        System.out.printf("%d accounts: %s%n        vs %s%n", ACCOUNTS, usual, dense);
        assertThat(usual.responses() / (double) ACCOUNTS).isCloseTo(9, within(1.0));
        assertThat(dense.responses() / (double) ACCOUNTS).isCloseTo(50, within(5.0));
        assertThat(dense.contacts()).isGreaterThan(3 * usual.contacts());
        assertThat(dense.segments().accounts()).isEqualTo(usual.segments().accounts());
        for (Segment segment : Segment.values()) {
            assertThat(share(dense.segments(), segment))
                    .as("share of %s", segment)
                    .isCloseTo(share(usual.segments(), segment), within(0.03));
        }
        assertThat(dense.gaps()).hasSameSizeAs(usual.gaps());
        for (int i = 0; i < usual.gaps().size(); i++) {
            CueGaps before = usual.gaps().get(i);
            CueGaps after = dense.gaps().get(i);
            assertThat(after.cueName()).isEqualTo(before.cueName());
            assertThat(after.satisfaction().answers())
                    .as("answers of %s", before.cueName())
                    .isGreaterThan(4 * before.satisfaction().answers());
            assertThat(after.satisfaction().gap())
                    .as("gap 6 of %s", before.cueName())
                    .isCloseTo(before.satisfaction().gap(), within(0.1));
            assertThat(after.knowledge().customerExpectation())
                    .as("customer expectation of %s", before.cueName())
                    .isCloseTo(before.knowledge().customerExpectation(), within(0.1));
        }
    }

    @Test
    void a_density_outside_the_range_stops_the_start_with_the_setting_it_names() {
        assertThatThrownBy(() -> new DemoDensity(8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("touchpoint.demo.responses-per-account must be 9 to 100"
                        + " (survey responses per account over the two years), was 8");
        assertThatThrownBy(() -> new DemoDensity(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void beyond_the_replay_bound_the_rest_of_the_recent_responses_is_stored_in_bulk_and_summarised_on_write() {
        var density = new DemoDensity(50);
        var since = java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(REPLAY_DAYS)));
        String recent = "select count(*) from survey_response where responded_at >= ?";
        long all = generated(
                200, density, new DemoResponses(jdbcTemplate, dataSource, density), () -> count(recent, since));

        generated(200, density, new DemoResponses(jdbcTemplate, dataSource, density, 40), () -> {
            assertThat(count(recent, since)).isEqualTo(all).isGreaterThan(100);
            assertThat(count(
                            "select count(distinct e.response_id) from issue_evidence e join survey_response r"
                                    + " on r.id = e.response_id where r.responded_at >= ?",
                            since))
                    .as("responses replayed through the services and raising issues")
                    .isPositive()
                    .isLessThanOrEqualTo(40);
            var maintained = summaryTables();
            summaries.rebuildAll();
            assertThat(summaryTables()).isEqualTo(maintained);
            return null;
        });
    }

    private Figures generate(int responsesPerAccount) {
        var density = new DemoDensity(responsesPerAccount);
        return generated(ACCOUNTS, density, new DemoResponses(jdbcTemplate, dataSource, density), () -> {
            SignIn.as(users, "executive");
            return new Figures(
                    count("select count(*) from survey_response"),
                    count("select count(*) from contact"),
                    segments.overview(AccountFilter.ALL),
                    gaps.cueGaps(GapFilter.DEFAULT.withMonths(24)));
        });
    }

    /** Generates a company in a transaction of its own, measures it and rolls it back. */
    private <T> T generated(int accounts, DemoDensity density, DemoResponses surveys, Supplier<T> measure) {
        var company = new DemoCompany(
                jdbc,
                clock,
                organisation,
                new DemoAccounts(jdbcTemplate, dataSource, accounts, density),
                standards,
                templates,
                surveys,
                // a week replayed: the replay does not depend on the density, and a week keeps the test short
                new DemoTimeline(responses, intake, escalation, issueHistory, clockReplay, REPLAY_DAYS),
                programme,
                summaries,
                apiTokens);
        var generated = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            company.generate();
            return measure.get();
        } finally {
            transactions.rollback(generated);
        }
    }

    private Map<String, List<String>> summaryTables() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : List.of(
                "account_score", "account_wave_score", "answer_month", "response_month", "response_book_month")) {
            tables.put(
                    table,
                    jdbc.sql("select t::text from " + table + " t order by 1")
                            .query(String.class)
                            .list());
        }
        return tables;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static double share(SegmentOverview overview, Segment segment) {
        return overview.of(segment).accounts() / (double) overview.accounts();
    }
}
