package cx.touchpoint.summary;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.account.AccountQuery;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.AccountSort;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapSelection;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.review.ReviewService;
import cx.touchpoint.segment.SegmentService;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import cx.touchpoint.testsupport.SignIn;
import cx.touchpoint.testsupport.StatementCounter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every view's service call issues a fixed, small number of SQL statements on the demo company
 * (600 accounts, thousands of responses): no statement per account, response or row shown.
 */
@SpringBootTest(properties = "touchpoint.demo.enabled=true")
@Import(StatementCounter.class)
class StatementCountTest {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_statements");
    }

    @Autowired
    StatementCounter counter;

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
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_view_call_issues_a_fixed_handful_of_statements() {
        assertThat(jdbc.sql("select count(*) from survey_response")
                        .query(Long.class)
                        .single())
                .isGreaterThan(1000);
        long someAccount = jdbc.sql("select account_id from account_score order by account_id limit 1")
                .query(Long.class)
                .single();
        signIn("executive");
        Map<String, Long> counts = new LinkedHashMap<>();
        count(counts, "home: headlines", home::headlines);
        count(counts, "home: NPS trend", home::npsTrend);
        count(counts, "review: goals", review::goals);
        count(counts, "review: six gaps", review::sixGaps);
        count(counts, "review: verbatims", review::verbatims);
        count(counts, "review: movement", review::movement);
        count(counts, "segments: cards", () -> segments.overview(AccountFilter.ALL));
        count(counts, "segments: scatter", () -> segments.points(AccountFilter.ALL));
        count(counts, "segments: waves", segments::waves);
        count(counts, "segments: movement", () -> segments.movement(null, null, AccountFilter.ALL));
        count(counts, "accounts: page", () -> accounts.page(AccountQuery.ALL, AccountSort.Order.DEFAULT, 0, 50));
        count(
                counts,
                "accounts: page by NPS",
                () -> accounts.page(AccountQuery.ALL, new AccountSort.Order(AccountSort.NPS, true), 0, 50));
        count(counts, "accounts: count", () -> accounts.count(AccountQuery.ALL));
        count(counts, "accounts: detail", () -> accounts.detail(someAccount));
        count(counts, "accounts: responses", () -> accounts.responses(someAccount, 0, 50));
        var twoYears = GapFilter.DEFAULT.withMonths(24);
        count(counts, "gaps: per cue", () -> gaps.cueGaps(twoYears));
        count(counts, "gaps: largest", () -> gaps.largestGaps(twoYears, 0, 50));
        count(counts, "gaps: chains", () -> gaps.gapChains(twoYears));
        count(counts, "gaps: trend", () -> gaps.satisfactionTrend(twoYears));
        count(counts, "gaps: answers behind", () -> gaps.answersBehind(twoYears, GapSelection.cue(null), false, 0, 50));
        signIn("account.exec");
        count(counts, "home: headlines, own book", home::headlines);
        count(counts, "segments: cards, own book", () -> segments.overview(AccountFilter.ALL));

        System.out.println("Statements per view call: " + counts);
        // 50 rows, 600 accounts or thousands of responses would show as dozens or thousands
        counts.forEach((call, statements) -> assertThat(statements).as(call).isBetween(1L, 12L));
    }

    private void count(Map<String, Long> counts, String call, Supplier<?> work) {
        counts.put(call, counter.count(work));
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }
}
