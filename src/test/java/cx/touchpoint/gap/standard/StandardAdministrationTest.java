package cx.touchpoint.gap.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.Direction;
import cx.touchpoint.gap.GapFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Standards, actuals and promises as admins and team leads change them. Clock: 2026-05-13. */
@DatabaseTest
class StandardAdministrationTest {

    @Autowired
    StandardService service;

    @Autowired
    TestData data;

    GapFixtures fixtures;
    long reliability;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new GapFixtures(data.jdbc());
        reliability = data.cueId("reliability");
        GapFixtures.signIn(data.user("std.admin", Role.ADMIN), Role.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        GapFixtures.signOut();
    }

    @Test
    void an_admin_creates_and_edits_a_standard_and_a_stale_edit_is_refused() {
        long id = service.saveStandard(standard(null, 0, "on_time_delivery", "98"));
        StandardSummary stored = service.standards(0, 10).get(0);
        assertThat(stored.name()).isEqualTo("On-time delivery");
        assertThat(stored.cueName()).isEqualTo("Reliability");

        service.saveStandard(standard(id, stored.version(), "on_time_delivery", "97.5"));

        assertThat(service.standards(0, 10).get(0).targetValue()).isEqualByComparingTo("97.5");
        assertThatThrownBy(() -> service.saveStandard(standard(id, stored.version(), "on_time_delivery", "90")))
                .isInstanceOf(ChangeRejected.class)
                .hasMessageContaining("Someone else changed this standard");
        assertThat(service.standards(0, 10).get(0).targetValue()).isEqualByComparingTo("97.5");
    }

    @Test
    void bad_input_is_refused_with_a_specific_message_and_nothing_is_stored() {
        assertThatThrownBy(() -> service.saveStandard(standard(null, 0, "On Time!", "98")))
                .hasMessage(ServiceStandard.CODE_RULE);
        assertThatThrownBy(() -> service.saveStandard(standard(null, 0, "on_time", "-1")))
                .hasMessage("The target cannot be negative.");
        service.saveStandard(standard(null, 0, "on_time", "98"));
        assertThatThrownBy(() -> service.saveStandard(new ServiceStandard(
                        null,
                        0,
                        "on_time",
                        "Other name",
                        reliability,
                        null,
                        null,
                        "%",
                        Direction.HIGHER_IS_BETTER,
                        BigDecimal.ONE)))
                .hasMessage("Another standard already has this code: choose a different one.");
        assertThat(fixtures.count("service_standard")).isEqualTo(1);
    }

    @Test
    void a_promise_worded_with_three_spaces_is_refused_beside_the_wording_and_not_stored() {
        long id = service.saveStandard(standard(null, 0, "on_time", "98"));

        assertThatThrownBy(() -> service.savePromise(new StandardPromise(
                        null,
                        0,
                        id,
                        new BigDecimal("99"),
                        "   ",
                        PromiseChannel.CONTRACT,
                        LocalDate.of(2026, 1, 1),
                        null)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsExactly(
                                new InvalidInput.Problem("wording", "The wording needs 2 to 200 characters.")));
        assertThat(service.promises(id, 0, 10)).isEmpty();
    }

    @Test
    void a_months_actual_is_recorded_once_and_recording_it_again_replaces_it() {
        long id = service.saveStandard(standard(null, 0, "on_time", "98"));

        service.recordActual(id, YearMonth.of(2026, 4), new BigDecimal("90"));
        service.recordActual(id, YearMonth.of(2026, 4), new BigDecimal("91.5"));

        assertThat(service.actuals(id, 0, 10)).singleElement().satisfies(a -> {
            assertThat(a.month()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(a.value()).isEqualByComparingTo("91.5");
        });
        assertThatThrownBy(() -> service.recordActual(id, YearMonth.of(2026, 3), new BigDecimal("101")))
                .hasMessage("The actual value is a percentage: at most 100.");
        assertThatThrownBy(() -> service.recordActual(id, YearMonth.of(2026, 6), new BigDecimal("90")))
                .hasMessageContaining("is in the future");
        assertThat(service.actuals(id, 0, 10)).hasSize(1);
        service.deleteActual(service.actuals(id, 0, 10).get(0).id());
        assertThat(service.actuals(id, 0, 10)).isEmpty();
    }

    @Test
    void promises_are_validated_versioned_and_deleted() {
        long id = service.saveStandard(standard(null, 0, "on_time", "98"));
        var promise = new StandardPromise(
                null,
                0,
                id,
                new BigDecimal("99"),
                "99 % on time",
                PromiseChannel.CONTRACT,
                LocalDate.of(2026, 1, 1),
                null);

        long promiseId = service.savePromise(promise);
        var stored = service.promises(id, 0, 10).get(0);
        service.savePromise(new StandardPromise(
                promiseId,
                stored.version(),
                id,
                new BigDecimal("98.5"),
                "98.5 % on time",
                PromiseChannel.WEBSITE,
                stored.validFrom(),
                LocalDate.of(2026, 12, 31)));

        assertThat(service.promises(id, 0, 10)).singleElement().satisfies(p -> {
            assertThat(p.promisedValue()).isEqualByComparingTo("98.5");
            assertThat(p.channel()).isEqualTo(PromiseChannel.WEBSITE);
        });
        assertThatThrownBy(() -> service.deletePromise(stored))
                .hasMessageContaining("Someone else changed this promise");
        assertThatThrownBy(() -> service.savePromise(new StandardPromise(
                        null,
                        0,
                        id,
                        BigDecimal.ONE,
                        "Soon",
                        PromiseChannel.SALES,
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 4, 1))))
                .hasMessage("The promise cannot end before it starts.");
        service.deletePromise(service.promises(id, 0, 10).get(0));
        assertThat(fixtures.count("standard_promise")).isZero();
    }

    @Test
    void a_team_lead_changes_only_the_standards_of_their_own_team() {
        long logistics =
                fixtures.standard("on_time", "reliability", null, "logistics", "%", Direction.HIGHER_IS_BETTER, "98");
        long support = fixtures.standard(
                "reply", "responsiveness", null, "customer_service", "h", Direction.LOWER_IS_BETTER, "4");
        long lead = data.user("std.lead", Role.TEAM_LEAD, "customer_service");
        GapFixtures.signIn(lead, Role.TEAM_LEAD, data.teamId("customer_service"));

        service.recordActual(support, YearMonth.of(2026, 4), new BigDecimal("24"));

        assertThatThrownBy(() -> service.recordActual(logistics, YearMonth.of(2026, 4), new BigDecimal("90")))
                .hasMessageContaining("their own team only");
        assertThat(service.mayEditStandard(data.teamId("customer_service"))).isTrue();
        assertThat(service.mayEditStandard(data.teamId("logistics"))).isFalse();
        assertThat(fixtures.count("standard_actual")).isEqualTo(1);
    }

    private ServiceStandard standard(Long id, int version, String code, String target) {
        return new ServiceStandard(
                id,
                version,
                code,
                "On-time delivery",
                reliability,
                null,
                null,
                "%",
                Direction.HIGHER_IS_BETTER,
                new BigDecimal(target));
    }
}
