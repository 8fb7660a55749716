package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.IssueFixtures;
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
import org.springframework.security.access.AccessDeniedException;

/** The contact policy at its boundaries, with the injected clock: quiet period, account cap, opt-out. */
@DatabaseTest
class ContactPolicyTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    SurveyFixtures f;
    long ae;
    long account;
    long template;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfig.START);
        f = new SurveyFixtures(data);
        ae = f.signInAsAccountExecutive();
        account = f.account("Policy Co", ae);
        template = f.template();
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
        clock.set(TestClockConfig.START);
    }

    @Test
    void a_contact_who_answered_a_relationship_survey_89_days_ago_is_not_eligible_and_on_day_90_is() {
        long contact = f.contact(account);
        f.answeredAt(template, account, contact, TestClockConfig.START.minus(Duration.ofDays(89)));

        var day89 = surveys.contactChoices(account, template).get(0).eligibility();
        assertThat(day89.eligible()).isFalse();
        assertThat(day89.reason()).contains("relationship survey quiet period ends on 14 May 2026");
        assertThat(day89.from()).isEqualTo(TestClockConfig.START.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> surveys.prepare(account, template, null, List.of(contact), contact))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("is not eligible");
        assertThat(f.count("select count(*) from survey_preparation where account_id = " + account))
                .isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(surveys.contactChoices(account, template)
                        .get(0)
                        .eligibility()
                        .eligible())
                .isTrue();
    }

    @Test
    void the_quiet_period_is_checked_again_at_send_time() {
        long contact = f.contact(account);
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        // meanwhile the contact answered a relationship survey through another channel
        f.answeredAt(template, account, contact, TestClockConfig.START);

        var result = surveys.send(prepared);

        assertThat(result.sent()).isZero();
        assertThat(result.skipped()).singleElement().asString().contains("quiet period ends on 11 Aug 2026");
        assertThat(f.count("select count(*) from survey_invitation where preparation_id = " + prepared))
                .isZero();
        assertThat(f.count("select count(*) from outbox_mail where kind = 'INVITATION' and account_id = " + account))
                .isZero();
    }

    @Test
    void at_most_three_invitations_go_to_one_accounts_contacts_in_30_days() {
        List<Long> contacts = List.of(f.contact(account), f.contact(account), f.contact(account), f.contact(account));
        long prepared = surveys.prepare(account, template, null, contacts, contacts.get(0));

        var result = surveys.send(prepared);

        assertThat(result.sent()).isEqualTo(3);
        assertThat(result.skipped())
                .singleElement()
                .asString()
                .contains("the account already had 3 invitations in 30 days (at most 3)", "12 Jun 2026");
        long fourth = f.count("select contact_id from preparation_contact p where preparation_id = " + prepared
                + " and not exists (select 1 from survey_invitation i where i.preparation_id = p.preparation_id"
                + " and i.contact_id = p.contact_id)");
        clock.advance(Duration.ofDays(29));
        assertThat(eligible(fourth)).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(eligible(fourth)).isTrue();
    }

    private boolean eligible(long contact) {
        return surveys.contactChoices(account, template).stream()
                .filter(c -> c.id() == contact)
                .findFirst()
                .orElseThrow()
                .eligibility()
                .eligible();
    }

    @Test
    void an_opted_out_contact_is_never_invited_and_the_date_is_shown() {
        long contact = f.contact(account);
        long other = f.contact(account);
        long prepared = surveys.prepare(account, template, null, List.of(contact, other), other);
        f.optOut(contact, TestClockConfig.START.minus(Duration.ofDays(400)));

        var result = surveys.send(prepared);

        assertThat(result.sent()).isEqualTo(1);
        assertThat(result.skipped()).singleElement().asString().contains("opted out of surveys on 2025-04-08");
        assertThat(f.count("select count(*) from survey_invitation where contact_id = " + contact))
                .isZero();
    }

    @Test
    void an_account_executive_cannot_prepare_a_survey_for_another_executives_account() {
        long othersAccount =
                f.account("Not Mine Co", data.user("ae.other.policy", cx.touchpoint.security.Role.ACCOUNT_EXECUTIVE));
        long contact = f.contact(othersAccount);

        assertThatThrownBy(() -> surveys.prepare(othersAccount, template, null, List.of(contact), contact))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(surveys.prepareOptions(othersAccount)).isEmpty();
        assertThat(f.count("select count(*) from survey_preparation where account_id = " + othersAccount))
                .isZero();
        assertThat(surveys.readiness("Not Mine", ReadinessSort.ACCOUNT, true, 0, 50))
                .isEmpty();
        assertThat(surveys.readiness("Policy Co", ReadinessSort.ACCOUNT, true, 0, 50))
                .hasSize(1);
    }
}
