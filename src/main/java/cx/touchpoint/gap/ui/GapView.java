package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.ComingSoon;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("gaps")
@PageTitle("Value gaps · Touchpoint")
@Menu(order = 3, title = "Value gaps", icon = "vaadin:chart-grid")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME, Role.ACCOUNT_EXECUTIVE_NAME})
class GapView extends VerticalLayout {

    GapView() {
        add(new ComingSoon(
                "The six value gaps",
                "Where value is lost between what customers expect and what they experience.",
                "Satisfaction and knowledge gaps per perception cue",
                "Gap chain per service standard",
                "Drill-down to the comments behind a gap"));
    }
}
