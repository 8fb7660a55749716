package cx.touchpoint.account;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentFixtures;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Clock: 2026-05-13. Thresholds score 5.00, revenue 100,000, headroom 50 %. */
@DatabaseTest
class AccountServiceTest {

    @Autowired
    AccountService service;

    @Autowired
    TestData data;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SegmentFixtures fx;
    long ae;
    long alpha;
    long beta;

    @BeforeEach
    void setUp() {
        fx = new SegmentFixtures(data, "Account test survey");
        fx.thresholds("5.00", "100000", "0.50");
        ae = data.user("acc.ae", Role.ACCOUNT_EXECUTIVE);
        fx.signIn("acc.exec", Role.EXECUTIVE);
        alpha = fx.account("Alpha Freight", ae, "500000", "500000");
        beta = fx.account("Beta Foods", ae, "80000", "80000");
        fx.account("Gamma Unscored", ae, "300000", "300000");
        fx.scored(alpha, 10, Instant.parse("2026-01-10T09:00:00Z"), null, 6);
        fx.scored(alpha, 3, Instant.parse("2026-04-10T09:00:00Z"), null, 3);
        fx.scored(beta, 9, Instant.parse("2025-01-10T09:00:00Z"), null, 6);
        data.issue(alpha, "NEW", Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-02T00:00:00Z"));
        data.issue(alpha, "CLOSED", Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_grid_pages_sorts_and_shows_segment_score_nps_and_open_issues() {
        var byRevenue = service.page(AccountQuery.ALL, AccountSort.Order.DEFAULT, 0, 10);

        assertThat(byRevenue)
                .extracting(AccountRow::name)
                .containsExactly("Alpha Freight", "Gamma Unscored", "Beta Foods");
        var first = byRevenue.get(0);
        assertThat(first.segment()).isEqualTo(Segment.AT_RISK);
        assertThat(first.score()).isEqualTo(3.0);
        // one promoter, one detractor in the last 12 months
        assertThat(first.nps()).isEqualTo(0.0);
        assertThat(first.openIssues()).isEqualTo(1);
        assertThat(first.lastSurveyed()).isEqualTo(Instant.parse("2026-04-10T09:00:00Z"));
        // Beta's only answer is older than 12 months: no NPS, still a segment
        assertThat(byRevenue.get(2).nps()).isNull();
        assertThat(byRevenue.get(2).segment()).isEqualTo(Segment.GROWTH);
        assertThat(service.page(AccountQuery.ALL, new AccountSort.Order(AccountSort.SCORE, false), 1, 1))
                .extracting(AccountRow::name)
                .containsExactly("Beta Foods");
        assertThat(service.count(AccountQuery.ALL)).isEqualTo(3);
    }

    @Test
    void segment_and_name_narrow_the_grid_and_name_wildcards_are_literal() {
        assertThat(service.page(
                        new AccountQuery(AccountFilter.ALL, Segment.UNSCORED, null), AccountSort.Order.DEFAULT, 0, 10))
                .extracting(AccountRow::name)
                .containsExactly("Gamma Unscored");
        assertThat(service.count(new AccountQuery(AccountFilter.ALL, null, "foods")))
                .isEqualTo(1);
        assertThat(service.count(new AccountQuery(AccountFilter.ALL, null, "%")))
                .isZero();
    }

    @Test
    void the_csv_export_holds_what_the_grid_shows_with_the_filter() {
        var out = new StringWriter();

        service.exportCsv(new AccountQuery(AccountFilter.ALL, Segment.AT_RISK, null), AccountSort.Order.DEFAULT, out);

        assertThat(out.toString().split("\r\n")).hasSize(2);
        // Excel on Windows reads UTF-8 only with the byte-order mark (issue #12, item 7)
        assertThat(out.toString()).startsWith("\uFEFFAccount,Segment,");
        assertThat(out.toString()).contains("Alpha Freight,At-risk,3.00,0,500000.00,500000.00,1,2026-04-10");
    }

    /** Issue #12.1: 45.45 was rounded to 45.5 in SQL, then to +46 in the grid and 45.5 in the CSV. */
    @Test
    void nps_is_rounded_once_from_the_exact_value_in_grid_and_csv_alike() {
        long plus = fx.account("Plus Eleven", ae, "90000", "90000");
        long minus = fx.account("Minus Eleven", ae, "95000", "95000");
        int day = 1;
        for (int nps : new int[] {10, 9, 10, 9, 10, 9, 3, 7, 8, 7, 8}) {
            fx.scored(plus, nps, Instant.parse("2026-03-01T09:00:00Z").plusSeconds(3600L * day++), null, 5);
        }
        for (int nps : new int[] {10, 2, 3, 4, 5, 6, 0, 7, 8, 7, 8}) {
            fx.scored(minus, nps, Instant.parse("2026-03-01T09:00:00Z").plusSeconds(3600L * day++), null, 5);
        }
        var query = new AccountQuery(AccountFilter.ALL, null, "eleven");

        var rows = service.page(query, AccountSort.Order.DEFAULT, 0, 10);

        assertThat(rows).extracting(AccountRow::name).containsExactly("Minus Eleven", "Plus Eleven");
        assertThat(rows.get(1).nps()).isCloseTo(45.4545, org.assertj.core.api.Assertions.within(0.0001));
        assertThat(rows).extracting(r -> Formats.nps(r.nps())).containsExactly("-45", "+45");
        var out = new StringWriter();
        service.exportCsv(query, AccountSort.Order.DEFAULT, out);
        assertThat(out.toString()).contains("Minus Eleven,Growth,5.00,-45,").contains("Plus Eleven,Growth,5.00,45,");
    }

    @Test
    void the_detail_holds_history_cues_nps_issues_and_contact_eligibility() {
        long recent = data.contact(alpha, "Rita Recent");
        long quiet = data.contact(alpha, "Quentin Quiet");
        data.jdbc()
                .sql("update contact set last_surveyed_at = :at where id = :c")
                .param("at", Timestamp.from(Instant.parse("2026-05-01T00:00:00Z")))
                .param("c", recent)
                .update();

        var detail = service.detail(alpha).orElseThrow();

        assertThat(detail.facts().segment()).isEqualTo(Segment.AT_RISK);
        assertThat(detail.segmentHistory())
                .extracting(h -> h.quarterLabel() + " " + h.segment())
                .containsExactly("2026 Q1 MODEL", "2026 Q2 AT_RISK");
        assertThat(detail.cueScores()).hasSize(6).allSatisfy(c -> assertThat(c.experienced())
                .isEqualTo(3.0));
        assertThat(detail.npsTrend())
                .extracting(n -> n.label() + " " + n.estimate().value() + " n="
                        + n.estimate().n())
                .containsExactly("2026 Q1 100.0 n=1", "2026 Q2 -100.0 n=1");
        assertThat(detail.npsTrend())
                .allSatisfy(n -> assertThat(n.estimate().lowN()).isTrue());
        assertThat(detail.openIssues()).hasSize(1).allSatisfy(i -> assertThat(i.overdue())
                .isTrue());
        // quiet periods (issue #8 defaults): relationship 90 days, transaction 14 days after 2026-05-01
        var rita = detail.contacts().stream()
                .filter(c -> c.id() == recent)
                .findFirst()
                .orElseThrow();
        assertThat(rita.relationshipFrom()).isEqualTo(Instant.parse("2026-07-30T00:00:00Z"));
        assertThat(rita.transactionFrom()).isEqualTo(Instant.parse("2026-05-15T00:00:00Z"));
        var quentin = detail.contacts().stream()
                .filter(c -> c.id() == quiet)
                .findFirst()
                .orElseThrow();
        assertThat(quentin.relationshipFrom()).isNull();
        assertThat(service.responseCount(alpha)).isEqualTo(2);
        assertThat(service.responses(alpha, 0, 1))
                .extracting(ResponseSummary::nps)
                .containsExactly(3);
    }

    @Test
    void an_account_executive_sees_only_their_own_accounts() {
        var me = fx.signIn("acc.me", Role.ACCOUNT_EXECUTIVE);
        long mine = fx.account("Mine Ltd", me.id(), "100000", "100000");

        assertThat(service.page(AccountQuery.ALL, AccountSort.Order.DEFAULT, 0, 10))
                .extracting(AccountRow::name)
                .containsExactly("Mine Ltd");
        assertThat(service.detail(mine)).isPresent();
        assertThat(service.detail(alpha)).isEmpty();
        assertThat(service.responses(alpha, 0, 10)).isEmpty();
    }

    @Test
    void a_value_taken_in_another_book_is_already_in_use_without_naming_that_account() {
        long alphaContact = data.contact(alpha, "Alpha Buyer");
        String alphaId = jdbc.sql("select external_id from account where id = :id")
                .param("id", alpha)
                .query(String.class)
                .single();
        String alphaEmail = jdbc.sql("select email from contact where id = :id")
                .param("id", alphaContact)
                .query(String.class)
                .single();
        var other = fx.signIn("acc.other", Role.ACCOUNT_EXECUTIVE);
        long own = fx.account("Other Ltd", other.id(), "100000", "100000");
        String ownId = jdbc.sql("select external_id from account where id = :id")
                .param("id", own)
                .query(String.class)
                .single();

        var contact = service.problems(new ContactInput(ownId, "Alpha Buyer", alphaEmail, ""));
        var account = service.problems(
                new AccountInput(ownId, "Alpha Freight", null, null, null, "acc.other", null, null, null, null),
                service.references());

        assertThat(contact)
                .filteredOn(p -> p.field().equals("email"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is already in use"));
        assertThat(account)
                .filteredOn(p -> p.field().equals("name"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is already in use"));
        assertThat(contact.toString() + account).doesNotContain(alphaId);

        fx.signIn("acc.exec2", Role.EXECUTIVE);
        assertThat(service.problems(new ContactInput(ownId, "Alpha Buyer", alphaEmail, "")))
                .as("who sees every book is told which account")
                .anySatisfy(p -> assertThat(p.message()).isEqualTo("is already a contact of account " + alphaId));
    }

    @Test
    void an_unknown_account_has_no_detail() {
        assertThat(service.detail(-5)).isEmpty();
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
