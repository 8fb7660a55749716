package cx.touchpoint.home;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Clock: 2026-05-13 (Q2). Q1 2026 and Q2 2026 responses are hand-made below. */
@DatabaseTest
class HomeServiceTest {

    @Autowired
    HomeService service;

    @Autowired
    TestData data;

    long template;
    long ae;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void setUp() {
        template = data.relationshipTemplate("Relationship test");
        ae = data.user("home.ae", Role.ACCOUNT_EXECUTIVE);
        data.signIn("home.exec", Role.EXECUTIVE);
    }

    @Test
    void nothing_surveyed_yet_gives_no_data_instead_of_zero() {
        data.account("Quiet Ltd", ae, new BigDecimal("100000"), new BigDecimal("100000"));

        HomeHeadlines h = service.headlines();

        assertThat(h.npsThisQuarter()).isNull();
        assertThat(h.summaryScore()).isNull();
        assertThat(h.activeAccounts()).isEqualTo(1);
        assertThat(h.scoredAccounts()).isZero();
        assertThat(service.npsTrend()).isEmpty();
    }

    @Test
    void nps_summary_score_and_issue_counts_are_computed_from_the_rows() {
        long a = data.account("Alpha", ae, new BigDecimal("500000"), new BigDecimal("600000"));
        long b = data.account("Beta", ae, new BigDecimal("200000"), new BigDecimal("200000"));
        Instant q1 = Instant.parse("2026-02-10T09:00:00Z");
        Instant q2 = Instant.parse("2026-04-20T09:00:00Z");
        // Q1: one promoter, two detractors -> (1 - 2) / 3 = -33.3
        data.relationshipResponse(template, a, 10, q1, 6, 6);
        data.relationshipResponse(template, b, 3, q1, 6, 2);
        data.response(template, b, "PRESENT", 2, Instant.parse("2026-03-21T09:00:00Z"), "detractor");
        // Q2: two promoters, one passive -> (2 - 0) / 3 = +66.7
        data.relationshipResponse(template, a, 9, q2, 6, 7);
        data.relationshipResponse(template, b, 10, q2, 6, 4);
        // an NPS-only response without item answers does not replace the summary score
        data.response(template, a, "PRESENT", 8, q2.plus(Duration.ofDays(1)), "passive");
        // overdue and on-time open issues, plus a resolved one that does not count
        data.issue(a, "NEW", q2, Instant.parse("2026-05-01T00:00:00Z"));
        data.issue(a, "IN_PROGRESS", q2, Instant.parse("2026-06-01T00:00:00Z"));
        data.issue(b, "RESOLVED", q2, Instant.parse("2026-05-01T00:00:00Z"));

        HomeHeadlines h = service.headlines();

        // exact values: the view rounds once (Figures), +67 and -33
        assertThat(h.npsThisQuarter()).isCloseTo(200.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(h.npsLastQuarter()).isCloseTo(-100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        // latest relationship response with answers: Alpha 7, Beta 4 -> 5.5
        assertThat(h.summaryScore()).isEqualTo(5.5);
        assertThat(h.scoredAccounts()).isEqualTo(2);
        assertThat(h.openIssues()).isEqualTo(2);
        assertThat(h.overdueIssues()).isEqualTo(1);
        assertThat(service.npsTrend()).extracting(NpsPoint::quarterLabel).containsExactly("2026 Q1", "2026 Q2");
    }

    @Test
    void recent_responses_are_this_month_and_the_two_before_whole_months_in_the_company_time_zone() {
        long a = data.account("Alpha", ae, new BigDecimal("500000"), new BigDecimal("600000"));
        long other = data.user("home.other.ae", Role.ACCOUNT_EXECUTIVE);
        long b = data.account("Beta", other, new BigDecimal("200000"), new BigDecimal("200000"));
        // the clock says 13 May: March, April and May so far count, February does not
        data.response(template, a, "PAST", 9, Instant.parse("2026-02-28T23:59:59Z"), "");
        data.response(template, a, "PAST", 9, Instant.parse("2026-03-01T00:00:00Z"), "");
        data.response(template, a, "PRESENT", null, Instant.parse("2026-04-15T09:00:00Z"), "no NPS answer");
        data.relationshipResponse(template, b, 3, Instant.parse("2026-05-12T09:00:00Z"), 6, 2);
        data.response(template, b, "POTENTIAL", 10, Instant.parse("2026-05-13T09:00:00Z"), "");

        HomeHeadlines all = service.headlines();

        assertThat(all.recentResponses()).isEqualTo(4);
        assertThat(all.recentResponsesFrom()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));

        var owner = new SignedInUser(ae, "home.ae", "Test home.ae", Role.ACCOUNT_EXECUTIVE, null, "{noop}x");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(owner, null, owner.getAuthorities()));
        HomeHeadlines book = service.headlines();

        assertThat(book.recentResponses()).isEqualTo(2);
    }
}
