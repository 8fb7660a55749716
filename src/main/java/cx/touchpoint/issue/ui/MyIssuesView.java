package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.issue.IssueCard;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The issues assigned to the signed-in specialist or lead: open and overdue first. */
@Route("issues/mine")
@PageTitle("My issues · Touchpoint")
@Menu(order = 4.1, title = "My issues", icon = "vaadin:user-check")
@RolesAllowed({Role.SPECIALIST_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./issue-board.css")
class MyIssuesView extends Main {

    final Grid<IssueCard> grid = new Grid<>();

    MyIssuesView(IssueService service) {
        addClassName("my-issues-view");
        add(new H2("My issues"));
        if (service.myIssues(0, 1).isEmpty()) {
            var empty = new EmptyState("Nothing is assigned to you. Your team lead assigns issues from the board.");
            add(empty);
            return;
        }
        add(new Paragraph("Issues assigned to you, open and overdue first. Select one to work on it on the board."));
        grid.setId("my-issues");
        grid.addColumn(IssueCard::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IssueCard::title).setHeader("Issue").setFlexGrow(3);
        grid.addColumn(IssueCard::accountName).setHeader("Account").setFlexGrow(2);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(c -> IssueFormats.severityBadge(c.severity()))
                .setHeader("Severity")
                .setAutoWidth(true);
        grid.addColumn(c -> IssueFormats.sla(c.minutesToDue(), c.status())
                        + (c.escalated() && c.status().open() ? " · escalated to " + c.escalatedToName() : ""))
                .setHeader("SLA")
                .setAutoWidth(true)
                .setPartNameGenerator(c -> c.overdue() ? "overdue-text" : null);
        grid.addColumn(IssueCard::teamName).setHeader("Team").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.myIssues(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                IssueBoardView.class,
                QueryParameters.simple(
                        Map.of("issue", String.valueOf(e.getItem().id()))))));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        add(grid);
    }
}
