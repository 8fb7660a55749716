package cx.touchpoint.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.base.TouchPointKind;
import cx.touchpoint.base.TransactionPhase;
import cx.touchpoint.issue.Severity;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class ReferenceAdministrationTest {

    @Autowired
    ReferenceAdministration admin;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void signIn() {
        data.signIn("ref.admin", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_admin_adds_a_touch_point_that_pickers_offer_and_the_audit_log_names() {
        long id = admin.create(
                ReferenceKind.TOUCH_POINT,
                ReferenceInput.named("  Warranty claim ")
                        .withTouchPoint(
                                LifeCycleStage.PROBLEM_RESOLUTION,
                                TransactionPhase.POST_TRANSACTION,
                                TouchPointKind.UTILIZATION,
                                "A customer claims under warranty"));

        assertThat(referenceData.touchPoints()).contains(new Option(id, "Warranty claim"));
        assertThat(jdbc.sql("select code from touch_point where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("warranty_claim");
        assertThat(lastAudit())
                .isEqualTo("ref.admin|Touch point Warranty claim|created|null|Warranty claim (Problem resolution"
                        + " · Post-transaction · Utilization · A customer claims under warranty)");
    }

    @Test
    void a_retired_location_is_no_longer_offered_but_stays_on_its_accounts_and_in_filters() {
        long lisbon = data.location("Europe", "Portugal");
        long account = data.account(
                "Retiring Ltd", data.user("ref.ae", Role.ACCOUNT_EXECUTIVE), BigDecimal.TEN, BigDecimal.TEN);
        jdbc.sql("update account set location_id = :l where id = :a")
                .param("l", lisbon)
                .param("a", account)
                .update();

        admin.setRetired(ReferenceKind.LOCATION, lisbon, true);

        assertThat(referenceData.locations()).extracting(Option::id).doesNotContain(lisbon);
        assertThat(referenceData.locationsWithRetired()).contains(new Option(lisbon, "Europe · Portugal (retired)"));
        assertThat(jdbc.sql("select l.country from account a join location l on l.id = a.location_id where a.id = :a")
                        .param("a", account)
                        .query(String.class)
                        .single())
                .isEqualTo("Portugal");
        assertThat(lastAudit()).isEqualTo("ref.admin|Location Europe · Portugal|retired|offered|retired");
        assertThatThrownBy(() -> inSavepoint(() -> {
                    admin.delete(ReferenceKind.LOCATION, lisbon);
                    return null;
                }))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("used by existing data")
                .hasMessageContaining("Retire it instead");
        assertThat(count("location where id = " + lisbon)).isEqualTo(1);

        admin.setRetired(ReferenceKind.LOCATION, lisbon, false);
        assertThat(referenceData.locations()).extracting(Option::id).contains(lisbon);
    }

    @Test
    void an_unused_item_is_deleted_and_audited() {
        long id = admin.create(ReferenceKind.SERVICE_PLATFORM, ReferenceInput.named("Mainframe"));

        admin.delete(ReferenceKind.SERVICE_PLATFORM, id);

        assertThat(count("service_platform where name = 'Mainframe'")).isZero();
        assertThat(lastAudit()).isEqualTo("ref.admin|Service platform Mainframe|deleted|Mainframe|null");
    }

    @Test
    void a_name_in_use_is_refused_by_the_database_and_reported_beside_the_name() {
        int cues = count("perception_cue");

        assertThatThrownBy(() -> inSavepoint(() -> admin.create(
                        ReferenceKind.CUE, ReferenceInput.named("Access").withCue("Again", 7))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsExactly(new InvalidInput.Problem("name", "Another perception cue has this name.")));

        assertThat(count("perception_cue")).isEqualTo(cues);
        assertThat(count("admin_audit where subject_name like 'Perception cue%'"))
                .isZero();
    }

    @Test
    void missing_and_too_long_values_name_their_fields_and_store_nothing() {
        assertThatThrownBy(() -> admin.create(
                        ReferenceKind.VERTICAL_MARKET,
                        ReferenceInput.named("   ").withMarketGroup("x".repeat(81))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("name", "Required."),
                                org.assertj.core.groups.Tuple.tuple("marketGroup", "At most 80 characters.")));
        assertThatThrownBy(() -> admin.create(ReferenceKind.TOUCH_POINT, ReferenceInput.named("Onboarding call")))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("lifeCycleStage", "transactionPhase", "kind"));
        assertThat(count("touch_point where name = 'Onboarding call'")).isZero();
    }

    @Test
    void an_edit_is_audited_before_and_after_and_a_stale_edit_is_refused() {
        long id = data.verticalMarket("Utilities", "Energy");
        var row = admin.items(ReferenceKind.VERTICAL_MARKET, 0, 100).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();

        admin.update(
                ReferenceKind.VERTICAL_MARKET,
                id,
                row.version(),
                ReferenceInput.named("Utilities").withMarketGroup("Infrastructure"));

        assertThat(lastAudit())
                .isEqualTo("ref.admin|Vertical market Utilities|edited|Utilities (Market group: Energy)"
                        + "|Utilities (Market group: Infrastructure)");
        assertThatThrownBy(() -> admin.update(
                        ReferenceKind.VERTICAL_MARKET,
                        id,
                        row.version(),
                        ReferenceInput.named("Utilities").withMarketGroup("Energy")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Someone else changed this vertical market");
    }

    @Test
    void the_sla_hours_per_severity_are_edited_within_ninety_days_and_audited() {
        var critical = admin.sla().get(0);
        assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);

        admin.changeSla(Severity.CRITICAL, critical.version(), 12);

        assertThat(admin.sla().get(0).dueHours()).isEqualTo(12);
        assertThat(lastAudit()).isEqualTo("ref.admin|SLA Critical|edited|" + critical.dueHours() + " h|12 h");
        assertThatThrownBy(() -> admin.changeSla(Severity.CRITICAL, critical.version() + 1, 2161))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("dueHours"));
        assertThat(admin.sla().get(0).dueHours()).isEqualTo(12);
    }

    @Test
    void nobody_but_an_admin_changes_reference_data() {
        data.signIn("ref.lead", Role.TEAM_LEAD);

        assertThatThrownBy(() -> admin.create(ReferenceKind.SERVICE_PLATFORM, ReferenceInput.named("Sneaky")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("service_platform where name = 'Sneaky'")).isZero();
    }

    /** Runs a call that the database refuses in a savepoint, so the test's transaction stays usable. */
    private <T> T inSavepoint(Supplier<T> call) {
        var nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return nested.execute(status -> call.get());
    }

    private int count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere)
                .query(Integer.class)
                .single();
    }

    private String lastAudit() {
        return jdbc.sql("select actor_name || '|' || subject_name || '|' || action || '|' || coalesce(before, 'null')"
                        + " || '|' || coalesce(after, 'null') from admin_audit order by id desc limit 1")
                .query(String.class)
                .single();
    }
}
