package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.base.ui.UrlState;
import cx.touchpoint.issue.BoardFilter;
import cx.touchpoint.issue.BoardSort;
import cx.touchpoint.issue.IssueCard;
import cx.touchpoint.issue.IssueChangeService;
import cx.touchpoint.issue.IssueConflictException;
import cx.touchpoint.issue.IssueRuleException;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.issue.RaiseIssueService;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The kanban board: drag a card to change its status, open it to triage, filter to focus. */
@Route("issues")
@PageTitle("Issue board · Touchpoint")
@Menu(order = 4, title = "Issue board", icon = "vaadin:tasks")
@RolesAllowed({Role.TEAM_LEAD_NAME, Role.SPECIALIST_NAME, Role.EXECUTIVE_NAME})
@CssImport("./issue-board.css")
class IssueBoardView extends Main implements BeforeEnterObserver {

    private final IssueService service;
    private final IssueChangeService changes;
    private final RaiseIssueService raising;
    final ComboBox<Option> team = new ComboBox<>("Team");
    final ComboBox<Option> assignee = new ComboBox<>("Assignee");
    final Select<Segment> segment = new Select<>();
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    final Checkbox dueToday = new Checkbox("Due today");
    final Checkbox unassignedOnly = new Checkbox("Unassigned");
    /** While the filter is read from the URL: one refresh at the end, not one per field. */
    private boolean readingUrl;

    final Select<BoardSort> sort = new Select<>();
    final List<BoardColumn> columns;
    private final Div announcer = new Div();
    private final boolean workable;

    IssueBoardView(IssueService service, IssueChangeService changes, RaiseIssueService raising) {
        this.service = service;
        this.changes = changes;
        this.raising = raising;
        addClassName("issue-board-view");
        var heading = new Div(
                new H1("Issue board"),
                new Paragraph("Customer problems routed to the team that can fix them. Drag a card to change its"
                        + " status, or focus it and press M; open it (click or Enter) to triage."));
        var header = new HorizontalLayout(heading, links());
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        var skip = new Anchor("#issue-board", "Skip to the board");
        skip.addClassName("skip-link");
        announcer.addClassName("sr-only");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.setId("board-announcer");
        add(skip, header, filters(), announcer);

        workable = changes.canWork();
        var actions = new BoardCard.Actions() {
            @Override
            public void open(IssueCard card) {
                IssueBoardView.this.open(card);
            }

            @Override
            public void move(IssueCard card, IssueStatus target) {
                requestMove(card, target);
            }
        };
        columns = Arrays.stream(IssueStatus.values())
                .map(status -> new BoardColumn(status, workable, actions))
                .toList();
        var board = new Section();
        board.addClassName("board");
        board.setId("issue-board");
        board.getElement().setAttribute("tabindex", "-1");
        board.getElement().setAttribute("aria-label", "Issue board columns");
        columns.forEach(board::add);
        add(board);
    }

    private HorizontalLayout links() {
        var links = new HorizontalLayout();
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        links.add(new RouterLink("Team metrics", TeamMetricsView.class));
        if (service.mayBeEscalatedTo()) {
            links.add(new RouterLink("Escalated to me", EscalatedIssuesView.class));
        }
        if (changes.canWork()) {
            links.add(new RouterLink("My issues", MyIssuesView.class));
        }
        if (raising.canRaise()) {
            var create = new Button(
                    "New issue", VaadinIcon.PLUS.create(), e -> new NewIssueDialog(raising, this::created).open());
            create.setId("new-issue");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            links.add(create);
        }
        return links;
    }

    private HorizontalLayout filters() {
        team.setItems(service.teams());
        team.setItemLabelGenerator(Option::name);
        team.setPlaceholder("All teams");
        team.setClearButtonVisible(true);
        assignee.setItems(service.assignees(null));
        assignee.setItemLabelGenerator(Option::name);
        assignee.setPlaceholder("Anyone");
        assignee.setClearButtonVisible(true);
        segment.setLabel("Segment");
        segment.setItems(Segment.values());
        segment.setItemLabelGenerator(s -> s == null ? "All segments" : s.label());
        segment.setEmptySelectionAllowed(true);
        segment.setEmptySelectionCaption("All segments");
        team.addValueChangeListener(e -> filterChanged());
        assignee.addValueChangeListener(e -> filterChanged());
        segment.addValueChangeListener(e -> filterChanged());
        overdueOnly.addValueChangeListener(e -> filterChanged());
        dueToday.addValueChangeListener(e -> filterChanged());
        unassignedOnly.addValueChangeListener(e -> filterChanged());
        sort.setLabel("Sort by");
        sort.setId("board-sort");
        sort.setItems(BoardSort.values());
        sort.setItemLabelGenerator(BoardSort::label);
        sort.setValue(BoardSort.URGENCY);
        sort.addValueChangeListener(e -> filterChanged());
        var bar = new HorizontalLayout(team, assignee, segment, overdueOnly, dueToday, unassignedOnly, sort);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("board-filters");
        return bar;
    }

    private void applyStartingFilter() {
        BoardFilter start = service.startingFilter();
        if (start.teamId() != null) {
            service.teams().stream()
                    .filter(t -> t.id() == start.teamId())
                    .findFirst()
                    .ifPresent(team::setValue);
        }
    }

    BoardFilter filter() {
        return new BoardFilter(
                team.getValue() == null ? null : team.getValue().id(),
                assignee.getValue() == null ? null : assignee.getValue().id(),
                segment.getValue(),
                overdueOnly.getValue(),
                unassignedOnly.getValue(),
                dueToday.getValue());
    }

    /** A changed filter shows at once and is kept in the URL, so Back and a shared link keep it. */
    private void filterChanged() {
        if (readingUrl) {
            return;
        }
        refresh();
        UrlState.replace(this, BoardUrl.of(filter(), sort.getValue()));
    }

    void refresh() {
        BoardFilter filter = filter();
        var counts = service.columnCounts(filter);
        BoardSort order = sort.getValue() == null ? BoardSort.URGENCY : sort.getValue();
        for (BoardColumn column : columns) {
            column.show(
                    counts.getOrDefault(column.status(), 0L),
                    (offset, limit) -> service.column(column.status(), filter, order, offset, limit));
        }
    }

    /** Every status change is confirmed first (a drag, M on a card, the detail panel alike). */
    MoveDialog requestMove(IssueCard card, IssueStatus target) {
        if (!workable || card.status().nextStatuses().isEmpty()) {
            return null;
        }
        var dialog = new MoveDialog(card, target, (to, note) -> move(card, to, note));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                focusCard(card.id());
            }
        });
        dialog.open();
        return dialog;
    }

    private void move(IssueCard card, IssueStatus target, String note) {
        try {
            if (target == IssueStatus.RESOLVED) {
                changes.resolve(card.id(), card.version(), note);
            } else {
                changes.move(card.id(), card.version(), target);
            }
            String moved = "Issue #" + card.id() + " (" + card.accountName() + ") moved to " + target.label();
            announcer.setText(moved);
            Notifications.success(moved);
        } catch (IssueConflictException | IssueRuleException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
        // the moved card stays in view, in its new column, with the focus on it
        service.card(card.id()).ifPresent(moved -> columns.stream()
                .filter(c -> c.status() == moved.status())
                .findFirst()
                .ifPresent(column -> column.reveal(moved)));
        focusCard(card.id());
    }

    private void focusCard(long issueId) {
        getElement()
                .executeJs(
                        "setTimeout(() => { const c = document.getElementById($0);"
                                + " if (c) { c.scrollIntoView({block: 'nearest', inline: 'nearest'}); c.focus(); } })",
                        BoardCard.id(issueId));
    }

    void open(IssueCard card) {
        open(card.id());
    }

    IssueDetailDialog open(long issueId) {
        var dialog = new IssueDetailDialog(service, changes, issueId, this::refresh, this::requestMove);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                focusCard(issueId);
            }
        });
        dialog.open();
        return dialog;
    }

    private void created(long issueId) {
        refresh();
        open(issueId);
    }

    /**
     * {@code issues?issue=12} opens issue 12; {@code issues?newFor=7} raises an issue for account 7; the
     * filter ({@link BoardUrl}: team, assignee, segment, overdue, due today, unassigned, sort) is read from
     * the URL, so home's cards and Back land on the filtered board. Without a filter in the URL a specialist
     * starts on their team's issues.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        readingUrl = true;
        try {
            if (BoardUrl.hasFilter(parameters)) {
                BoardUrl.apply(parameters, this);
            } else {
                applyStartingFilter();
            }
        } finally {
            readingUrl = false;
        }
        refresh();
        parameters
                .getSingleParameter("newFor")
                .filter(id -> id.matches("\\d{1,18}") && raising.canRaise())
                .flatMap(id -> raising.account(Long.parseLong(id)))
                .ifPresent(account -> {
                    var dialog = new NewIssueDialog(raising, this::created);
                    dialog.account.setValue(account);
                    dialog.open();
                });
        if (parameters.getParameters().containsKey("newFor")
                || parameters.getParameters().containsKey("issue")) {
            // the link did its job; a reload shows the board with its filter
            event.getUI().getPage().getHistory().replaceState(null, BoardUrl.of(filter(), sort.getValue()));
        }
        parameters.getSingleParameter("issue").ifPresent(id -> {
            try {
                open(Long.parseLong(Objects.requireNonNull(id)));
            } catch (NumberFormatException e) {
                Notifications.error("No issue \"" + id + "\"");
            }
        });
    }
}
