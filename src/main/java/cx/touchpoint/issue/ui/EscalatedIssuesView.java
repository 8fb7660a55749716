package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** A general manager's start: the open issues escalated to them because they missed their SLA. */
@Route("issues/escalated")
@PageTitle("Escalated to me · Touchpoint")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./issue-board.css")
class EscalatedIssuesView extends Main {

    final IssueList grid;

    EscalatedIssuesView(IssueService service) {
        addClassName("my-issues-view");
        add(new H1("Escalated to me"));
        grid = new IssueList("escalated-issues", service::escalatedToMe, false);
        if (service.escalatedToMe(0, 1).isEmpty()) {
            add(new EmptyState(
                    service.mayBeEscalatedTo()
                            ? "Nothing is escalated to you: every issue of your teams is within its SLA or already done."
                            : "Issues are escalated to a team's general manager when they stay open past their SLA;"
                                    + " you manage no team, so none come to you."));
            return;
        }
        add(new Paragraph("Open issues of your teams that missed their SLA, the longest overdue first. Select one"
                + " to see it on the board; its team lead assigns and its specialists work on it."));
        add(grid);
    }
}
