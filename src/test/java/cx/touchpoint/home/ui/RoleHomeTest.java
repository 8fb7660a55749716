package cx.touchpoint.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import cx.touchpoint.testsupport.TestClockConfig;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each role's own start (issue 23 §3): what they must do today, above the company figures, as links. */
class RoleHomeTest extends KaribuTest {

    private static final Instant NOW = TestClockConfig.START;

    @Test
    void a_team_lead_sees_new_and_unassigned_due_today_and_overdue_and_each_opens_the_filtered_board() {
        login("home.lead", Role.TEAM_LEAD, "customer_service");
        long team = data.teamId("customer_service");
        long account = data.account("Lead Co", data.user("home.lead.ae", Role.ACCOUNT_EXECUTIVE), money(), money());
        data.issue(account, "NEW", NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(2)));
        data.issue(account, "NEW", NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(3)));
        data.issue(account, "TRIAGED", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofHours(6)));
        data.issue(account, "IN_PROGRESS", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofHours(1)));
        data.issue(account, "RESOLVED", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofHours(1)));

        UI.getCurrent().navigate(HomeView.class);

        assertCard("today-new-unassigned", "2", "issues?team=" + team + "&unassigned=true&sort=NEWEST");
        assertCard("today-due-today", "1", "issues?team=" + team + "&due=today");
        assertCard("today-overdue", "1", "issues?team=" + team + "&overdue=true");
        assertThat(_find(Headline.class, spec -> spec.withId("today-assigned-to-me")))
                .isEmpty();

        // the card's link is applied by the board: its team and "Unassigned" are set
        open("issues?team=" + team + "&unassigned=true&sort=NEWEST");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Unassigned")).getValue())
                .isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Overdue only")).getValue())
                .isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<Option> teamBox = _get(ComboBox.class, spec -> spec.withLabel("Team"));
        assertThat(teamBox.getValue().id()).isEqualTo(team);
        @SuppressWarnings("unchecked")
        Select<cx.touchpoint.issue.BoardSort> sort = _get(Select.class, spec -> spec.withId("board-sort"));
        assertThat(sort.getValue()).isEqualTo(cx.touchpoint.issue.BoardSort.NEWEST);
    }

    @Test
    void a_team_lead_with_nothing_to_do_reads_it_in_words() {
        login("home.lead.calm", Role.TEAM_LEAD, "onboarding");

        UI.getCurrent().navigate(HomeView.class);

        assertThat(headline("today-due-today").value()).isEqualTo("0");
        assertThat(headline("today-due-today").detail()).isEqualTo("Nothing due today");
        assertThat(headline("today-overdue").detail()).isEqualTo("Nothing overdue");
        assertThat(_get(EmptyState.class, spec -> spec.withId("today-empty")).getText())
                .startsWith("Nothing needs you today.");
    }

    @Test
    void a_specialist_sees_the_open_issues_assigned_to_them() {
        var me = login("home.specialist", Role.SPECIALIST, "customer_service");
        long account = data.account("Spec Co", data.user("home.spec.ae", Role.ACCOUNT_EXECUTIVE), money(), money());
        long mine = data.issue(account, "IN_PROGRESS", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        long done = data.issue(account, "CLOSED", NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(4)));
        data.jdbc()
                .sql("update issue set assignee_id = :u where id in (:ids)")
                .param("u", me.id())
                .param("ids", java.util.List.of(mine, done))
                .update();

        UI.getCurrent().navigate(HomeView.class);

        assertCard("today-assigned-to-me", "1", "issues/mine");
        assertThat(_find(Headline.class, spec -> spec.withId("today-new-unassigned")))
                .isEmpty();
    }

    @Test
    void a_general_manager_sees_what_escalated_to_them() {
        var gm = login("home.gm", Role.EXECUTIVE);
        data.jdbc()
                .sql("update team set general_manager_id = :u where code = 'logistics'")
                .param("u", gm.id())
                .update();
        long account = data.account("Late Co", data.user("home.gm.ae", Role.ACCOUNT_EXECUTIVE), money(), money());
        long late = data.issue(account, "TRIAGED", NOW.minus(Duration.ofDays(4)), NOW.minus(Duration.ofDays(1)));
        data.jdbc()
                .sql("update issue set escalated_to_id = :u, escalated_at = :at where id = :id")
                .param("u", gm.id())
                .param("at", Timestamp.from(NOW.minus(Duration.ofHours(20))))
                .param("id", late)
                .update();

        UI.getCurrent().navigate(HomeView.class);

        assertCard("today-escalated", "1", "issues/escalated");
        // the company figures lead on: the executive's NPS to the review, open issues to the board
        assertThat(headline("headline-nps").href()).contains("review");
        assertThat(headline("headline-open-issues").href()).contains("issues");
    }

    @Test
    void an_executive_who_manages_no_team_has_no_tasks_and_sees_the_company_figures_first() {
        login("home.exec", Role.EXECUTIVE);

        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(Headline.class, spec -> spec.withId("today-escalated")))
                .isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("today")))
                .isEmpty();
        assertThat(headline("headline-score").href()).contains("segments");
    }

    @Test
    void an_account_executive_sees_drafts_with_the_customer_approved_surveys_non_responders_and_new_detractors() {
        var ae = login("home.ae", Role.ACCOUNT_EXECUTIVE);
        long template = data.relationshipTemplate("Home tasks");
        long shared = data.account("Shared Co", ae.id(), money(), money());
        long approved = data.account("Approved Co", ae.id(), money(), money());
        long unhappy = data.account("Unhappy Co", ae.id(), money(), money());
        long other = data.account("Not Mine Co", data.user("home.other.ae", Role.ACCOUNT_EXECUTIVE), money(), money());
        preparation(shared, template, ae.id(), "SHARED");
        preparation(approved, template, ae.id(), "APPROVED");
        preparation(other, template, ae.id(), "SHARED");
        data.relationshipResponse(template, unhappy, 3, NOW.minus(Duration.ofDays(2)), 5, 3);
        data.relationshipResponse(template, shared, 3, NOW.minus(Duration.ofDays(30)), 5, 3);

        UI.getCurrent().navigate(HomeView.class);

        assertCard("today-awaiting-customer", "1", "surveys?focus=AWAITING_CUSTOMER");
        assertCard("today-approved", "1", "surveys?focus=APPROVED_NOT_SENT");
        assertCard("today-new-detractors", "1", "surveys?focus=NEW_DETRACTORS");
        assertThat(headline("today-non-responders").detail()).isEqualTo("Every open invitation is answered");

        // the link is applied by Surveys: only the account whose draft waits for the customer
        open("surveys?focus=AWAITING_CUSTOMER");
        @SuppressWarnings("unchecked")
        Select<cx.touchpoint.survey.ReadinessFocus> focus = _get(Select.class, spec -> spec.withId("readiness-focus"));
        assertThat(focus.getValue()).isEqualTo(cx.touchpoint.survey.ReadinessFocus.AWAITING_CUSTOMER);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<cx.touchpoint.survey.Readiness> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("readiness-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(grid).stream()
                        .map(cx.touchpoint.survey.Readiness::account))
                .containsExactly("Shared Co");
    }

    @Test
    void an_admin_sees_failed_mails_webhooks_and_imports_and_the_links_open_filtered_views() {
        login("home.admin", Role.ADMIN);

        UI.getCurrent().navigate(HomeView.class);

        assertCard("today-failed-mails", "0", "surveys/outbox?status=FAILED");
        assertThat(headline("today-failed-mails").detail()).isEqualTo("No mail failed");
        assertCard("today-failed-webhooks", "0", "admin/webhooks?failed=true");
        assertCard("today-imports", "0", "import?attention=true");
        // admins open neither the board nor the review: those figures are not links for them
        assertThat(headline("headline-open-issues").href()).isEmpty();

        open("surveys/outbox?status=FAILED");
        @SuppressWarnings("unchecked")
        Select<String> status = _get(Select.class, spec -> spec.withId("outbox-status"));
        assertThat(status.getValue()).isEqualTo("FAILED");
        open("admin/webhooks?failed=true");
        assertThat(_get(Checkbox.class, spec -> spec.withId("webhooks-failed-only"))
                        .getValue())
                .isTrue();
    }

    /** Navigates as a link would, query included. */
    private static void open(String href) {
        int query = href.indexOf('?');
        UI.getCurrent()
                .navigate(
                        href.substring(0, query),
                        com.vaadin.flow.router.QueryParameters.fromString(href.substring(query + 1)));
    }

    private void preparation(long account, long template, long preparedBy, String status) {
        long contact = data.contact(account, "Reviewer of " + account);
        data.jdbc()
                .sql("insert into survey_preparation (account_id, template_id, prepared_by, reviewer_id, status,"
                        + " created_at) values (:a, :t, :by, :c, :s, :at)")
                .param("a", account)
                .param("t", template)
                .param("by", preparedBy)
                .param("c", contact)
                .param("s", status)
                .param("at", Timestamp.from(NOW.minus(Duration.ofDays(1))))
                .update();
    }

    private static void assertCard(String id, String value, String href) {
        var card = headline(id);
        assertThat(card.value()).as(id).isEqualTo(value);
        assertThat(card.href()).as(id + " links to").contains(href);
    }

    private static Headline headline(String id) {
        return _get(Headline.class, spec -> spec.withId(id));
    }

    private static BigDecimal money() {
        return new BigDecimal("100000");
    }
}
