package cx.touchpoint.segment;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The scatter draws points for a few accounts and bubbles of similar accounts for thousands. */
@DatabaseTest
class SegmentScatterTest {

    static final Instant Q2 = Instant.parse("2026-04-20T09:00:00Z");

    @Autowired
    SegmentService service;

    @Autowired
    TestData data;

    SegmentFixtures fx;
    long ae;

    @BeforeEach
    void setUp() {
        fx = new SegmentFixtures(data, "Scatter test survey");
        ae = data.user("scatter.ae", Role.ACCOUNT_EXECUTIVE);
        fx.thresholds("5.00", "100000", "0.50");
        fx.signIn("scatter.exec", Role.EXECUTIVE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_few_accounts_are_drawn_as_points() {
        scored("Alpha", "150000", 3);
        scored("Beta", "900000", 6);

        ScatterView scatter = service.scatter(AccountFilter.ALL);

        assertThat(scatter.isBinned()).isFalse();
        assertThat(scatter.points()).extracting(AccountPoint::name).containsExactlyInAnyOrder("Alpha", "Beta");
    }

    @Test
    void thousands_of_accounts_become_cells_whose_accounts_are_listed_largest_revenue_first() {
        scored("Alpha", "150000", 3); // score cell (3 - 1) x 4 = 8, revenue cell floor(log10(150,000) x 4) = 20
        scored("Beta", "160000", 3); // the same cell
        scored("Gamma", "900000", 3); // revenue cell 23
        manyModelAccounts(ScatterView.POINTS_MAX);

        ScatterView scatter = service.scatter(AccountFilter.ALL);

        assertThat(scatter.isBinned()).isTrue();
        assertThat(scatter.points()).isEmpty();
        assertThat(scatter.cells().stream().mapToLong(ScatterCell::accounts).sum())
                .isEqualTo(ScatterView.POINTS_MAX + 3);
        assertThat(scatter.cells()).hasSizeLessThan(20);
        ScatterCell pair = scatter.cells().stream()
                .filter(c -> c.key().equals(new ScatterCell.Key(Segment.AT_RISK, 8, 20)))
                .findFirst()
                .orElseThrow();
        assertThat(pair.accounts()).isEqualTo(2);
        assertThat(pair.score()).isEqualTo(3.0);
        assertThat(pair.revenue()).isEqualByComparingTo("155000");
        assertThat(service.accountsInCell(pair.key(), AccountFilter.ALL, 0, 50))
                .extracting(AccountPoint::name)
                .containsExactly("Beta", "Alpha");
        assertThat(service.countInCell(new ScatterCell.Key(Segment.AT_RISK, 8, 23), AccountFilter.ALL))
                .isEqualTo(1);
        assertThat(service.accountsInCell(new ScatterCell.Key(Segment.DANGLING, 8, 20), AccountFilter.ALL, 0, 50))
                .isEmpty();
    }

    @Test
    void a_cell_key_survives_the_round_trip_through_the_chart_and_nothing_else_parses_as_one() {
        var key = new ScatterCell.Key(Segment.AT_RISK, 8, -1);
        assertThat(ScatterCell.Key.parse(key.id())).isEqualTo(key);
        assertThat(ScatterCell.Key.parse("42")).isNull();
        assertThat(ScatterCell.Key.parse("cell/NOT_A_SEGMENT/1/2")).isNull();
        assertThat(ScatterCell.Key.parse("cell/MODEL/1")).isNull();
        assertThat(key.scoreFrom()).isEqualTo(3.0);
        assertThat(key.scoreTo()).isEqualTo(3.25);
    }

    /** {@code count} happy, large accounts with one relationship response each, written in bulk. */
    private void manyModelAccounts(int count) {
        long template = fx.template();
        long model = fx.account("Model template", ae, "500000", "500000");
        data.jdbc()
                .sql("insert into account (name, vertical_market_id, location_id, service_platform_id,"
                        + " account_executive_id, annual_revenue, potential_revenue, customer_since)"
                        + " select 'Model ' || n, vertical_market_id, location_id, service_platform_id,"
                        + " account_executive_id, 500000 + n, 500000 + n, customer_since"
                        + " from account, generate_series(1, :count - 1) n where id = :model")
                .param("count", count)
                .param("model", model)
                .update();
        data.jdbc()
                .sql("insert into survey_response (template_id, account_id, pattern, channel, comment, responded_at)"
                        + " select :t, id, 'PRESENT', 'MANUAL', '', :at from account where name like 'Model %'")
                .param("t", template)
                .param("at", java.sql.Timestamp.from(Q2))
                .update();
        data.jdbc()
                .sql("insert into response_answer (response_id, item_id, expected, experienced)"
                        + " select r.id, i.id, 6, 6 from survey_response r join account a on a.id = r.account_id"
                        + " join survey_item i on i.template_id = r.template_id where a.name like 'Model %'")
                .update();
    }

    private void scored(String name, String revenue, int score) {
        fx.scored(fx.account(name, ae, revenue, revenue), 9, Q2, null, score);
    }
}
