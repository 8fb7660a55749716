package cx.touchpoint.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clock: 2026-05-13; the default period is Feb-Apr 2026. Gaps 1-5 of hand-made standards. */
@DatabaseTest
class GapChainTest {

    @Autowired
    GapService service;

    @Autowired
    TestData data;

    GapFixtures fixtures;
    long template;
    long account;
    long manager;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void setUp() {
        fixtures = new GapFixtures(data.jdbc());
        template = data.relationshipTemplate("Chain survey");
        manager = data.user("chain.ae", Role.ACCOUNT_EXECUTIVE);
        data.signIn("chain.exec", Role.EXECUTIVE);
        account = data.account("Chain Ltd", manager, BigDecimal.TEN, BigDecimal.TEN);
    }

    @Test
    void on_time_delivery_higher_is_better_delivery_gap_is_minus_8_points() {
        long onTime = fixtures.standard("on_time_delivery", "reliability", "%", Direction.HIGHER_IS_BETTER, "98");
        fixtures.actual(onTime, "2026-01", "10"); // before the period
        fixtures.actual(onTime, "2026-02", "89");
        fixtures.actual(onTime, "2026-03", "90");
        fixtures.actual(onTime, "2026-04", "91");
        fixtures.actual(onTime, "2026-05", "50"); // the current month is not in the period
        fixtures.promise(onTime, "99", "2025-01-01", null);
        long item = data.itemId(template, "reliability");
        fixtures.linkItem(item, onTime);
        answer(item, "99", "85", "2026-03-01T10:00:00Z");
        answer(item, "99.5", "87", "2026-04-01T10:00:00Z");
        fixtures.estimate(manager, item, "2026-04-02", 6, "95");

        GapChain chain = only(service.gapChains(GapFilter.DEFAULT));

        assertThat(chain.standard()).isEqualTo(98.0);
        assertThat(chain.actual().value()).isCloseTo(90.0, within(0.01));
        assertThat(chain.actual().count()).isEqualTo(3);
        assertThat(chain.customerExpectation().value()).isCloseTo(99.25, within(0.01));
        assertThat(chain.customerExpectation().count()).isEqualTo(2);
        assertThat(chain.perception().value()).isCloseTo(86.0, within(0.01));
        assertGap(chain, GapKind.DELIVERY, -8.0, -8.16, 3);
        assertGap(chain, GapKind.COMMUNICATION, -9.0, -9.09, 3);
        assertGap(chain, GapKind.SPECIFICATION, -1.25, -1.26, 2);
        assertGap(chain, GapKind.PERCEPTION, -4.0, -4.44, 2);
        assertGap(chain, GapKind.KNOWLEDGE, -4.25, -4.28, 1);
    }

    @Test
    void first_reply_time_lower_is_better_flips_the_sign_communication_gap_is_minus_23_hours_not_a_percentage() {
        long reply = fixtures.standard("first_reply_time", "responsiveness", "h", Direction.LOWER_IS_BETTER, "4");
        for (String month : new String[] {"2026-02", "2026-03", "2026-04"}) {
            fixtures.actual(reply, month, "24");
        }
        fixtures.promise(reply, "8", "2024-01-01", "2025-12-31"); // ended before the period
        fixtures.promise(reply, "1", "2026-01-01", null);
        long item = data.itemId(template, "responsiveness");
        fixtures.linkItem(item, reply);
        answer(item, "2", "30", "2026-03-15T10:00:00Z");
        fixtures.estimate(manager, item, "2026-03-01", 5, "8");

        GapChain chain = only(service.gapChains(GapFilter.DEFAULT));

        assertThat(chain.promise().value()).isEqualTo(1.0);
        assertThat(chain.promiseWording()).isEqualTo("We promise 1");
        // against a promise of 1 hour, 24 hours is not "-2,300 %": a gap larger than its reference reads in hours
        assertGap(chain, GapKind.DELIVERY, -20.0, null, 3);
        assertGap(chain, GapKind.COMMUNICATION, -23.0, null, 3);
        assertGap(chain, GapKind.SPECIFICATION, -2.0, -100.0, 1);
        assertGap(chain, GapKind.PERCEPTION, -6.0, -25.0, 1);
        assertGap(chain, GapKind.KNOWLEDGE, -6.0, null, 1);
        assertThat(chain.gap(GapKind.COMMUNICATION).shareOfReference())
                .as("what ranks it against other standards")
                .isCloseTo(-23.0, within(0.001));
    }

    @Test
    void a_standard_better_than_its_reference_has_a_positive_gap() {
        long reply = fixtures.standard("reply_fast", "responsiveness", "h", Direction.LOWER_IS_BETTER, "4");
        fixtures.actual(reply, "2026-04", "3");

        assertGap(only(service.gapChains(GapFilter.DEFAULT)), GapKind.DELIVERY, 1.0, 25.0, 1);
    }

    @Test
    void a_standard_without_actuals_promises_or_answers_has_no_data_not_zero() {
        fixtures.standard("invoice_accuracy", "transaction_security", "%", Direction.HIGHER_IS_BETTER, "99.5");

        GapChain chain = only(service.gapChains(GapFilter.DEFAULT));

        assertThat(chain.standard()).isEqualTo(99.5);
        assertThat(chain.actual().hasData()).isFalse();
        assertThat(chain.promise().hasData()).isFalse();
        for (GapKind kind : new GapKind[] {
            GapKind.KNOWLEDGE, GapKind.SPECIFICATION, GapKind.DELIVERY, GapKind.COMMUNICATION, GapKind.PERCEPTION
        }) {
            assertThat(chain.gap(kind).value()).as(kind.title()).isNull();
            assertThat(chain.gap(kind).percentOfReference()).as(kind.title()).isNull();
            assertThat(chain.gap(kind).count()).as(kind.title()).isZero();
        }
    }

    @Test
    void the_touch_point_filter_selects_standards_and_the_answers_behind_a_standard_can_be_listed() {
        long onTime =
                fixtures.standard("on_time", "reliability", "delivery", null, "%", Direction.HIGHER_IS_BETTER, "98");
        fixtures.standard("activation", "reliability", "onboarding", null, "d", Direction.LOWER_IS_BETTER, "5");
        long item = data.itemId(template, "reliability");
        fixtures.linkItem(item, onTime);
        answer(item, "99", "80", "2026-03-01T10:00:00Z");

        var atDelivery = GapFilter.DEFAULT.withTouchPoint(data.touchPointId("delivery"));

        assertThat(service.gapChains(atDelivery)).extracting(GapChain::name).containsExactly("Standard on_time");
        assertThat(service.gapChains(GapFilter.DEFAULT)).hasSize(2);
        var behind = service.answersBehind(atDelivery, GapSelection.standard(onTime), false, 0, 10);
        assertThat(behind).singleElement().satisfies(a -> {
            assertThat(a.expectedValue()).isEqualTo(99.0);
            assertThat(a.perceivedValue()).isEqualTo(80.0);
        });
    }

    private void answer(long item, String expectedValue, String perceivedValue, String at) {
        long response = data.response(template, account, "PRESENT", 7, Instant.parse(at), "");
        fixtures.answer(response, item, 6, 4, expectedValue, perceivedValue);
    }

    private static GapChain only(java.util.List<GapChain> chains) {
        assertThat(chains).hasSize(1);
        return chains.get(0);
    }

    private static void assertGap(GapChain chain, GapKind kind, double value, Double percent, long count) {
        StandardGap gap = chain.gap(kind);
        assertThat(gap.value()).as(kind.title()).isCloseTo(value, within(0.01));
        if (percent == null) {
            assertThat(gap.percentOfReference()).as(kind.title() + " %").isNull();
        } else {
            assertThat(gap.percentOfReference()).as(kind.title() + " %").isCloseTo(percent, within(0.01));
        }
        assertThat(gap.count()).as(kind.title() + " count").isEqualTo(count);
    }
}
