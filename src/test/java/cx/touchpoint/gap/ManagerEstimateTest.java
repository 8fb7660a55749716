package cx.touchpoint.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager's estimate of the relationship survey. Clock: 2026-05-13. */
@DatabaseTest
class ManagerEstimateTest {

    @Autowired
    GapService service;

    @Autowired
    TestData data;

    GapFixtures fixtures;
    long template;
    long manager;
    long reliabilityItem;

    @BeforeEach
    void setUp() {
        fixtures = new GapFixtures(data.jdbc());
        template = data.relationshipTemplate("Estimate survey");
        reliabilityItem = data.itemId(template, "reliability");
        fixtures.linkItem(
                reliabilityItem, fixtures.standard("on_time", "reliability", "%", Direction.HIGHER_IS_BETTER, "98"));
        manager = data.user("estimate.ae", Role.ACCOUNT_EXECUTIVE);
        GapFixtures.signIn(manager, Role.ACCOUNT_EXECUTIVE, null);
    }

    @AfterEach
    void signOut() {
        GapFixtures.signOut();
    }

    @Test
    void an_estimate_of_every_item_is_stored_for_today_and_resubmitting_replaces_it() {
        assertThat(service.saveEstimate(answers(5, "97"))).isEqualTo(LocalDate.of(2026, 5, 13));
        service.saveEstimate(answers(6, "99"));

        List<EstimateItem> items = service.estimateItems();
        assertThat(items).hasSize(6).allSatisfy(item -> assertThat(item.lastExpected())
                .isEqualTo(6));
        EstimateItem reliability = items.stream()
                .filter(EstimateItem::linkedToStandard)
                .findFirst()
                .orElseThrow();
        assertThat(reliability.unit()).isEqualTo("%");
        assertThat(reliability.lastExpectedValue()).isEqualByComparingTo("99");
        assertThat(fixtures.count("manager_estimate")).isEqualTo(6);
    }

    @Test
    void an_incomplete_or_out_of_range_estimate_is_refused_and_nothing_is_stored() {
        var missing = new ArrayList<>(answers(5, "97"));
        missing.remove(0);
        assertThatThrownBy(() -> service.saveEstimate(missing))
                .hasMessageContaining("Choose what customers expect (1-7)");

        var outOfRange = new ArrayList<>(answers(5, "97"));
        outOfRange.set(0, new EstimateAnswer(outOfRange.get(0).itemId(), 8, null));
        assertThatThrownBy(() -> service.saveEstimate(outOfRange)).hasMessageContaining("rated 1 to 7");

        assertThatThrownBy(() -> service.saveEstimate(answers(5, null)))
                .hasMessageContaining("Enter the value customers expect in %");
        assertThatThrownBy(() -> service.saveEstimate(answers(5, "120"))).hasMessageContaining("at most 100");
        assertThat(fixtures.count("manager_estimate")).isZero();
    }

    private List<EstimateAnswer> answers(int expected, String reliabilityValue) {
        return service.estimateItems().stream()
                .map(item -> new EstimateAnswer(
                        item.itemId(),
                        expected,
                        item.itemId() == reliabilityItem && reliabilityValue != null
                                ? new BigDecimal(reliabilityValue)
                                : null))
                .toList();
    }
}
