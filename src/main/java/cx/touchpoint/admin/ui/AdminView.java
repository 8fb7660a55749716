package cx.touchpoint.admin.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.ComingSoon;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("admin")
@PageTitle("Admin · Touchpoint")
@Menu(order = 9, title = "Admin", icon = "vaadin:cog")
@RolesAllowed(Role.ADMIN_NAME)
class AdminView extends VerticalLayout {

    AdminView() {
        add(new ComingSoon(
                "Administration",
                "Users, roles, teams, routing rules and service standards.",
                "Users and roles",
                "Teams and general managers",
                "Routing rules, SLA policy, contact policy"));
    }
}
