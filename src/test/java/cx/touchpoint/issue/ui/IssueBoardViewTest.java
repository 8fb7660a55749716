package cx.touchpoint.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.base.Option;
import cx.touchpoint.issue.IssueChangeService;
import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IssueBoardViewTest extends KaribuTest {

    @Autowired
    ResponseService responses;

    @Autowired
    IssueService service;

    @Autowired
    IssueChangeService changes;

    IssueFixtures fixtures;
    long issue;

    @BeforeEach
    void lowScoreRaisesAnIssue() {
        fixtures = new IssueFixtures(data);
        issue = fixtures.lowReliabilityIssue(responses, "Board view test", "Board Customer");
    }

    IssueBoardView board() {
        UI.getCurrent().navigate(IssueBoardView.class);
        return _get(IssueBoardView.class);
    }

    BoardColumn column(IssueBoardView board, IssueStatus status) {
        return board.columns.stream()
                .filter(c -> c.status() == status)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_board_shows_the_new_issue_as_a_card_in_the_new_column() {
        login("board.lead", Role.TEAM_LEAD, "customer_service");

        var board = board();

        assertThat(column(board, IssueStatus.NEW).cards())
                .extracting(c -> c.issue().id())
                .containsExactly(issue);
        assertThat(column(board, IssueStatus.TRIAGED).cards()).isEmpty();
        var card = column(board, IssueStatus.NEW).cards().get(0);
        String text = card.getElement().getTextRecursively();
        assertThat(text)
                .contains("Board Customer", "Reliability", "High", "Due in 3d 0h", "Raised 13 May", "unassigned");
        assertThat(text.split("Board Customer", -1))
                .as("the account is named once")
                .hasSize(2);
        assertThat(card.getElement().hasAttribute("aria-label"))
                .as("the accessible name is the card's own text")
                .isFalse();
    }

    @Test
    void m_on_a_focused_card_opens_the_move_dialog() {
        login("keyboard.lead", Role.TEAM_LEAD, "customer_service");
        var board = board();
        var card = column(board, IssueStatus.NEW).cards().get(0);

        var data = elemental.json.Json.createObject();
        data.put("event.key", "m");
        // the browser sends the listener's filter as evaluated there
        data.put(
                "event.key === 'Enter' || ((event.key === 'm' || event.key === 'M')"
                        + " && !event.ctrlKey && !event.metaKey && !event.altKey)",
                true);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(
                card.getElement(), new com.vaadin.flow.dom.DomEvent(card.getElement(), "keydown", data));

        assertThat(_get(MoveDialog.class).target.getValue()).isEqualTo(IssueStatus.TRIAGED);
    }

    @Test
    void resolving_asks_for_a_resolution_note_and_keeps_it_in_the_audit_trail() {
        login("resolve.lead", Role.TEAM_LEAD, "customer_service");
        changes.move(issue, service.detail(issue).orElseThrow().version(), IssueStatus.IN_PROGRESS);
        var board = board();
        var card = column(board, IssueStatus.IN_PROGRESS).cards().get(0);

        var dialog = board.requestMove(card.issue(), IssueStatus.RESOLVED);
        _click(dialog.confirm);

        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(fixtures.status(issue)).isEqualTo("IN_PROGRESS");
        _setValue(dialog.note, "Replaced the scanner batteries on site.");
        _click(dialog.confirm);

        assertThat(fixtures.status(issue)).isEqualTo("RESOLVED");
        assertThat(service.auditTrail(issue).get(0).note())
                .isEqualTo("Resolved: Replaced the scanner batteries on site.");
        assertThat(column(board, IssueStatus.RESOLVED).cards())
                .extracting(c -> c.issue().id())
                .containsExactly(issue);
    }

    @Test
    void the_board_sorts_by_newest_first() {
        login("sort.lead", Role.TEAM_LEAD, "customer_service");
        long newer = fixtures.lowReliabilityIssue(responses, "Board sort test", "Small Newer Customer");
        var board = board();

        _setValue(board.sort, cx.touchpoint.issue.BoardSort.NEWEST);
        assertThat(column(board, IssueStatus.NEW).cards())
                .extracting(c -> c.issue().id())
                .containsExactly(newer, issue);
    }

    @Test
    void a_lead_of_another_team_reads_why_they_cannot_change_the_issue() {
        login("other.lead", Role.TEAM_LEAD, "logistics");
        var board = board();
        board.open(issue);

        assertThat(_find(Select.class, spec -> spec.withId("detail-status"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("detail-read-only"))
                        .getText())
                .isEqualTo("Routed to Customer service — only its lead and specialists change it; ask them, or ask a"
                        + " team lead to re-route it.");
    }

    @Test
    void dropping_a_card_on_another_column_moves_the_issue_and_records_it() {
        login("drag.lead", Role.TEAM_LEAD, "customer_service");
        var board = board();
        var card = column(board, IssueStatus.NEW).cards().get(0);
        var triaged = column(board, IssueStatus.TRIAGED);

        UI.getCurrent().getInternals().setActiveDragSourceComponent(card);
        ComponentUtil.fireEvent(triaged, new DropEvent<>(triaged, true, "move"));
        assertThat(fixtures.status(issue))
                .as("not moved before it is confirmed")
                .isEqualTo("NEW");
        _click(_get(Button.class, spec -> spec.withId("move-confirm")));

        assertThat(fixtures.status(issue)).isEqualTo("TRIAGED");
        assertThat(fixtures.events(issue)).endsWith("STATUS NEW->TRIAGED");
        assertThat(column(board, IssueStatus.TRIAGED).cards())
                .extracting(c -> c.issue().id())
                .containsExactly(issue);
        assertThat(column(board, IssueStatus.NEW).cards()).isEmpty();
    }

    @Test
    void the_status_select_in_the_detail_panel_moves_the_issue_without_a_mouse() {
        login("keys.lead", Role.TEAM_LEAD, "customer_service");
        var board = board();
        board.open(issue);

        _setValue(_get(Select.class, spec -> spec.withId("detail-status")), IssueStatus.IN_PROGRESS);
        _click(_get(Button.class, spec -> spec.withId("move-confirm")));

        assertThat(fixtures.status(issue)).isEqualTo("IN_PROGRESS");
        assertThat(column(board, IssueStatus.IN_PROGRESS).cards()).hasSize(1);
        var trail = _get(UnorderedList.class, spec -> spec.withId("detail-audit"));
        assertThat(trail.getElement().getTextRecursively()).contains("Status: New → In progress", "Test keys.lead");
    }

    @Test
    void assigning_and_rerouting_from_the_detail_panel_show_in_the_audit_trail() {
        login("triage.lead", Role.TEAM_LEAD, "customer_service");
        data.user("cs.specialist", Role.SPECIALIST, "customer_service");
        var board = board();
        board.open(issue);

        @SuppressWarnings("unchecked")
        ComboBox<Option> assignee = _get(ComboBox.class, spec -> spec.withId("detail-assignee"));
        _setValue(
                assignee,
                assignee.getListDataView()
                        .getItems()
                        .filter(o -> o.name().equals("Test cs.specialist"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("detail-assign")));
        @SuppressWarnings("unchecked")
        ComboBox<Option> team = _get(ComboBox.class, spec -> spec.withId("detail-team"));
        _setValue(
                team,
                team.getListDataView()
                        .getItems()
                        .filter(o -> o.name().equals("Logistics"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("detail-reroute")));

        assertThat(fixtures.teamOf(issue)).isEqualTo("logistics");
        var trail = _get(UnorderedList.class, spec -> spec.withId("detail-audit"))
                .getElement()
                .getTextRecursively();
        assertThat(trail).contains("Assignee: Test cs.specialist", "Re-routed: Customer service → Logistics");
    }

    @Test
    void a_stale_change_is_rejected_with_a_message_naming_who_changed_it() {
        login("slow.lead", Role.TEAM_LEAD, "customer_service");
        var board = board();
        board.open(issue);
        // meanwhile a colleague moves the issue
        var colleague = fixtures.signIn("quick.lead", Role.TEAM_LEAD, "customer_service");
        changes.move(issue, service.detail(issue).orElseThrow().version(), IssueStatus.TRIAGED);
        login("slow.lead2", Role.TEAM_LEAD, "customer_service");
        NotificationsKt.clearNotifications();

        _setValue(_get(Select.class, spec -> spec.withId("detail-status")), IssueStatus.WONT_FIX);
        _click(_get(Button.class, spec -> spec.withId("move-confirm")));

        expectNotifications(colleague.fullName() + " changed this issue at 13 May 2026, 10:00 after you opened it."
                + " Your change was not saved; the panel now shows the latest version.");
        assertThat(fixtures.status(issue)).isEqualTo("TRIAGED");
    }

    @Test
    void executives_see_the_board_without_drag_or_edit_controls_but_may_raise_an_issue() {
        login("board.exec", Role.EXECUTIVE);
        var board = board();
        board.open(issue);

        assertThat(_find(Select.class, spec -> spec.withId("detail-status"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("new-issue"))).hasSize(1);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("detail-evidence"))
                        .getElement()
                        .getTextRecursively())
                .contains("Reliability: experienced 2, expected 6");
    }

    @Test
    void an_issue_raised_by_hand_for_an_account_is_routed_and_shown_on_the_board() {
        login("manual.lead", Role.TEAM_LEAD, "customer_service");
        long account = fixtures.account("Hand Raised Ltd");

        UI.getCurrent().navigate(IssueBoardView.class, QueryParameters.of("newFor", String.valueOf(account)));
        var dialog = _get(NewIssueDialog.class);
        assertThat(dialog.account.getValue().name()).isEqualTo("Hand Raised Ltd");
        _setValue(_get(TextField.class, spec -> spec.withId("new-issue-title")), "Shipment tracking link is broken");
        _click(_get(Button.class, spec -> spec.withId("new-issue-create")));

        var board = _get(IssueBoardView.class);
        var card = column(board, IssueStatus.NEW).cards().stream()
                .filter(c -> c.issue().accountName().equals("Hand Raised Ltd"))
                .findFirst()
                .orElseThrow();
        assertThat(card.issue().teamName()).isEqualTo("Logistics");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("detail-audit"))
                        .getElement()
                        .getTextRecursively())
                .contains("Created: New", "Test manual.lead");
    }

    @Test
    void an_executive_following_the_account_pages_raise_link_raises_the_issue() {
        // the account page offers executives "Raise an issue"; the board used to ignore the link for them
        login("raise.exec", Role.EXECUTIVE);
        long account = fixtures.account("Executive Raised Ltd");

        UI.getCurrent().navigate(IssueBoardView.class, QueryParameters.of("newFor", String.valueOf(account)));
        var dialog = _get(NewIssueDialog.class);
        assertThat(dialog.account.getValue().name()).isEqualTo("Executive Raised Ltd");
        _setValue(
                _get(TextField.class, spec -> spec.withId("new-issue-title")), "Invoice disputed at the board meeting");
        _click(_get(Button.class, spec -> spec.withId("new-issue-create")));

        assertThat(fixtures.count("select count(*) from issue i join account a on a.id = i.account_id"
                        + " where a.name = 'Executive Raised Ltd' and i.source = 'MANUAL'"))
                .isEqualTo(1);
    }

    @Test
    void a_title_that_is_too_short_keeps_the_dialog_open_with_the_reason() {
        login("short.lead", Role.TEAM_LEAD, "customer_service");
        long account = fixtures.account("Short Title Ltd");
        UI.getCurrent().navigate(IssueBoardView.class, QueryParameters.of("newFor", String.valueOf(account)));

        _setValue(_get(TextField.class, spec -> spec.withId("new-issue-title")), "x");
        _click(_get(Button.class, spec -> spec.withId("new-issue-create")));

        var title = _get(TextField.class, spec -> spec.withId("new-issue-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Title: 3 to 200 characters.");
        assertThat(fixtures.count("select count(*) from issue where source = 'MANUAL'"))
                .isZero();
    }
}
