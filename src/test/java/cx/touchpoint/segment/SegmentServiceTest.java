package cx.touchpoint.segment;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts on and around every threshold; thresholds score 5.00, revenue 100,000, headroom 50 %. */
@DatabaseTest
class SegmentServiceTest {

    static final Instant Q2 = Instant.parse("2026-04-20T09:00:00Z");

    @Autowired
    SegmentService service;

    @Autowired
    TestData data;

    SegmentFixtures fx;
    long ae;

    @BeforeEach
    void setUp() {
        fx = new SegmentFixtures(data, "Segment test survey");
        ae = data.user("seg.ae", Role.ACCOUNT_EXECUTIVE);
        fx.thresholds("5.00", "100000", "0.50");
        fx.signIn("seg.exec", Role.EXECUTIVE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void accounts_on_and_around_every_threshold_land_in_the_documented_segment() {
        scored("Exactly five at the revenue line", "100000", "100000", 5);
        fx.scored(fx.account("Just under five", ae, "100000", "100000"), 7, Q2, null, 5, 5, 5, 5, 5, 4);
        scored("Headroom exactly half", "100000", "150000", 6);
        scored("Headroom just under half", "100000", "149999.99", 6);
        scored("Happy but small", "99999.99", "100000", 6);
        scored("Unhappy and small", "99999.99", "500000", 3);
        scored("Unhappy with large potential", "200000", "400000", 3);
        fx.account("Never surveyed", ae, "900000", "900000");
        fx.defect(scored("Gone already", "100000", "100000", 6));

        Map<String, Segment> segments = service.points(AccountFilter.ALL).stream()
                .collect(Collectors.toMap(AccountPoint::name, AccountPoint::segment));

        assertThat(segments)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Exactly five at the revenue line", Segment.MODEL,
                        "Just under five", Segment.AT_RISK,
                        "Headroom exactly half", Segment.GROWTH,
                        "Headroom just under half", Segment.MODEL,
                        "Happy but small", Segment.GROWTH,
                        "Unhappy and small", Segment.DANGLING,
                        "Unhappy with large potential", Segment.AT_RISK));
        assertThat(service.overview(AccountFilter.ALL).of(Segment.UNSCORED).accounts())
                .isEqualTo(1);
    }

    @Test
    void an_empty_revenue_threshold_means_the_median_revenue_of_active_accounts() {
        fx.thresholds("5.00", null, "0.50");
        scored("Small", "100", "100", 6);
        scored("Middle", "200", "200", 3);
        scored("Large", "300", "300", 3);
        fx.defect(scored("Defected giant", "1000000", "1000000", 3));

        var overview = service.overview(AccountFilter.ALL);

        assertThat(overview.thresholds().revenue()).isEqualByComparingTo("200");
        assertThat(overview.thresholds().revenueIsMedian()).isTrue();
        assertThat(overview.of(Segment.AT_RISK).accounts()).isEqualTo(2);
        assertThat(overview.of(Segment.GROWTH).accounts()).isEqualTo(1);
    }

    @Test
    void cards_sum_revenue_share_detractors_and_revenue_at_risk_per_segment() {
        fx.scored(fx.account("Model promoter", ae, "300000", "300000"), 10, Q2, null, 6);
        fx.scored(fx.account("Model detractor", ae, "100000", "100000"), 5, Q2, null, 6);
        fx.scored(fx.account("At-risk detractor", ae, "500000", "500000"), 2, Q2, null, 3);
        fx.scored(fx.account("Dangling", ae, "60000", "60000"), null, Q2, null, 2);
        fx.scored(fx.account("Small dangling", ae, "40000", "0"), 8, Q2, null, 2);

        var overview = service.overview(AccountFilter.ALL);

        var model = overview.of(Segment.MODEL);
        assertThat(model.accounts()).isEqualTo(2);
        assertThat(model.revenue()).isEqualByComparingTo("400000");
        assertThat(model.shareOfRevenue()).isEqualTo(40.0);
        assertThat(model.detractors()).isEqualTo(1);
        assertThat(model.detractorRevenue()).isEqualByComparingTo("100000");
        assertThat(overview.of(Segment.DANGLING).accounts()).isEqualTo(2);
        assertThat(overview.of(Segment.GROWTH).accounts()).isZero();
        assertThat(overview.of(Segment.GROWTH).shareOfRevenue()).isNull();
        assertThat(overview.totalRevenue()).isEqualByComparingTo("1000000");
        assertThat(overview.revenueAtRisk()).isEqualByComparingTo("600000");
        assertThat(overview.detractorRevenue()).isEqualByComparingTo("600000");
    }

    @Test
    void filters_narrow_every_figure_and_combine() {
        long retail = data.verticalMarket("Retail", "Consumer");
        long france = data.location("Europe", "France");
        long onPrem = data.platform("On premises");
        long cloud = data.platform("Cloud");
        long germany = data.location("Europe", "Germany");
        long other = data.user("seg.other.ae", Role.ACCOUNT_EXECUTIVE);
        long a = data.account(
                "Retail France", ae, new BigDecimal("200000"), new BigDecimal("200000"), retail, france, onPrem);
        long b = data.account(
                "Retail Germany", other, new BigDecimal("200000"), new BigDecimal("200000"), retail, germany, cloud);
        long c = fx.account("Manufacturing Germany", ae, "200000", "200000");
        fx.scored(a, 9, Q2, null, 6);
        fx.scored(b, 9, Q2, null, 3);
        fx.scored(c, 9, Q2, null, 3);

        assertThat(service.overview(new AccountFilter(retail, null, null, null)).scoredAccounts())
                .isEqualTo(2);
        assertThat(service.points(new AccountFilter(retail, germany, null, null)))
                .extracting(AccountPoint::name)
                .containsExactly("Retail Germany");
        assertThat(service.points(new AccountFilter(null, null, cloud, ae)))
                .extracting(AccountPoint::name)
                .containsExactly("Manufacturing Germany");
        assertThat(service.points(new AccountFilter(retail, france, cloud, null)))
                .isEmpty();
    }

    @Test
    void an_account_executive_sees_only_their_own_book_whatever_the_filter_says() {
        long other = data.user("seg.other", Role.ACCOUNT_EXECUTIVE);
        var me = fx.signIn("seg.mine", Role.ACCOUNT_EXECUTIVE);
        fx.scored(fx.account("Mine", me.id(), "200000", "200000"), 9, Q2, null, 6);
        fx.scored(fx.account("Theirs", other, "200000", "200000"), 9, Q2, null, 6);

        assertThat(service.points(new AccountFilter(null, null, null, other)))
                .extracting(AccountPoint::name)
                .containsExactly("Mine");
        assertThat(service.overview(AccountFilter.ALL).accounts()).isEqualTo(1);
        assertThat(service.filterOptions().accountExecutives())
                .extracting(o -> o.id())
                .containsExactly(me.id());
    }

    private long scored(String name, String revenue, String potential, int score) {
        long account = fx.account(name, ae, revenue, potential);
        fx.scored(account, 9, Q2, null, score);
        return account;
    }
}
