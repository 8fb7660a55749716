package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.ComingSoon;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("issues")
@PageTitle("Issue board · Touchpoint")
@Menu(order = 4, title = "Issue board", icon = "vaadin:kanban")
@RolesAllowed({Role.TEAM_LEAD_NAME, Role.SPECIALIST_NAME, Role.EXECUTIVE_NAME})
class IssueBoardView extends VerticalLayout {

    IssueBoardView() {
        add(new ComingSoon(
                "Cross-functional issue board",
                "Customer problems routed to the team that can fix them, from low score to verified fix.",
                "Kanban board with SLA countdown",
                "Routing rules and escalation",
                "Audit trail and closed-loop verification"));
    }
}
