package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A touch-point event sends the touch point's transaction survey, within the contact policy. */
@DatabaseTest
class SurveyTriggersTest {

    @Autowired
    SurveyTriggers triggers;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    SurveyFixtures f;
    long account;
    long contact;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfig.START);
        f = new SurveyFixtures(data);
        account = f.account("Trigger Co", data.user("ae.trigger", cx.touchpoint.security.Role.ACCOUNT_EXECUTIVE));
        contact = f.contact(account);
        long template = data.jdbc()
                .sql("insert into survey_template (name, pattern, touch_point_id, asks_nps) values ('Delivery check',"
                        + " 'PAST', (select id from touch_point where code = 'delivery'), false) returning id")
                .query(Long.class)
                .single();
        data.jdbc()
                .sql("insert into survey_item (template_id, position, cue_id, question) values (:t, 1,"
                        + " (select id from perception_cue where code = 'reliability'), 'Did it arrive on time?')")
                .param("t", template)
                .update();
        data.jdbc()
                .sql("insert into survey_trigger (touch_point_id, template_id) values ((select id from touch_point"
                        + " where code = 'delivery'), :t)")
                .param("t", template)
                .update();
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfig.START);
    }

    @Test
    void a_delivery_sends_the_delivery_check_and_a_second_within_14_days_is_held_back() {
        var first = triggers.fire(new TouchPointEvent(account, contact, "delivery", null));

        assertThat(first.sent()).isTrue();
        assertThat(first.template()).isEqualTo("Delivery check");
        assertThat(f.count("select count(*) from outbox_mail where kind = 'INVITATION' and invitation_id = "
                        + first.invitationId()))
                .isEqualTo(1);
        assertThat(f.count("select touch_point_id from survey_invitation where id = " + first.invitationId()))
                .isEqualTo(data.touchPointId("delivery"));

        clock.advance(Duration.ofDays(13));
        var second = triggers.fire(new TouchPointEvent(account, contact, "delivery", null));
        assertThat(second.sent()).isFalse();
        assertThat(second.reason()).contains("transaction survey quiet period ends on 27 May 2026");

        clock.advance(Duration.ofDays(1));
        assertThat(triggers.fire(new TouchPointEvent(account, contact, "delivery", null))
                        .sent())
                .isTrue();
    }

    @Test
    void a_touch_point_without_trigger_sends_nothing_and_bad_events_are_refused() {
        var outcome = triggers.fire(new TouchPointEvent(account, contact, "invoicing", null));
        assertThat(outcome.sent()).isFalse();
        assertThat(outcome.reason()).isEqualTo("no transaction survey is triggered by invoicing");

        assertThatThrownBy(() -> triggers.fire(new TouchPointEvent(account, contact, "teleport", null)))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessage("Touch point 'teleport' does not exist.");
        long stranger = f.contact(
                f.account("Other Co", data.user("ae.trigger2", cx.touchpoint.security.Role.ACCOUNT_EXECUTIVE)));
        assertThatThrownBy(() -> triggers.fire(new TouchPointEvent(account, stranger, "delivery", null)))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("is not a contact of account");
        assertThat(f.count("select count(*) from survey_invitation where contact_id in (" + contact + ", " + stranger
                        + ")"))
                .isZero();
    }

    @Test
    void an_admin_adds_switches_off_and_removes_a_trigger_and_bad_input_is_refused_beside_its_field() {
        f.issues.signIn("admin.trigger", cx.touchpoint.security.Role.ADMIN, null);
        long delivery = data.touchPointId("delivery");
        long invoicing = data.touchPointId("invoicing");
        long deliveryCheck = f.count("select id from survey_template where name = 'Delivery check'");
        long invoiceCheck = data.jdbc()
                .sql("insert into survey_template (name, pattern, touch_point_id) values ('Invoice check', 'PAST',"
                        + " :tp) returning id")
                .param("tp", invoicing)
                .query(Long.class)
                .single();
        data.jdbc()
                .sql("insert into survey_item (template_id, position, cue_id, question) values (:t, 1,"
                        + " (select id from perception_cue where code = 'reliability'), 'Was the invoice right?')")
                .param("t", invoiceCheck)
                .update();
        long before = f.count("select count(*) from survey_trigger");

        assertThat(problems(new TriggerInput(null, null)))
                .containsExactly(
                        "touchPointId: Choose the touch point.", "templateId: Choose the transaction survey to send.");
        assertThat(problems(new TriggerInput(delivery, invoiceCheck)))
                .containsExactly(
                        "touchPointId: This touch point already sends \"Delivery check\". Remove that trigger first.",
                        "templateId: \"Invoice check\" asks about another touch point.");
        assertThat(problems(new TriggerInput(invoicing, deliveryCheck)))
                .containsExactly("templateId: \"Delivery check\" asks about another touch point.");
        assertThat(f.count("select count(*) from survey_trigger")).isEqualTo(before);

        long id = triggers.add(new TriggerInput(invoicing, invoiceCheck));
        assertThat(triggers.triggers())
                .filteredOn(t -> t.id() == id)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.template()).isEqualTo("Invoice check");
                    assertThat(t.sends()).isTrue();
                });
        assertThat(triggers.fire(new TouchPointEvent(account, contact, "invoicing", null))
                        .sent())
                .isTrue();

        triggers.enable(id, false);
        var off = triggers.fire(new TouchPointEvent(account, f.contact(account), "invoicing", null));
        assertThat(off.sent()).isFalse();
        assertThat(off.reason()).isEqualTo("no transaction survey is triggered by invoicing");

        triggers.remove(id);
        assertThat(triggers.triggers()).noneMatch(t -> t.id() == id);
        assertThatThrownBy(() -> triggers.remove(id))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessage("This trigger no longer exists.");
        cx.touchpoint.issue.IssueFixtures.signOut();
    }

    private List<String> problems(TriggerInput input) {
        try {
            triggers.add(input);
            throw new AssertionError("accepted: " + input);
        } catch (InvalidInput refused) {
            return refused.problems().stream()
                    .map(p -> p.field() + ": " + p.message())
                    .toList();
        }
    }
}
