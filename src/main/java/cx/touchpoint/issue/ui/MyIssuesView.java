package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The issues assigned to the signed-in specialist or lead: open and overdue first. */
@Route("issues/mine")
@PageTitle("My issues · Touchpoint")
@Menu(order = 4.1, title = "My issues", icon = "vaadin:user-check")
@RolesAllowed({Role.SPECIALIST_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./issue-board.css")
class MyIssuesView extends Main {

    final IssueList grid;

    MyIssuesView(IssueService service) {
        addClassName("my-issues-view");
        add(new H1("My issues"));
        grid = new IssueList("my-issues", service::myIssues, true);
        if (service.myIssues(0, 1).isEmpty()) {
            add(new EmptyState("Nothing is assigned to you. Your team lead assigns issues from the board."));
            return;
        }
        add(new Paragraph("Issues assigned to you, open and overdue first. Select one to work on it on the board."));
        add(grid);
    }
}
