package cx.touchpoint.account.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.ComingSoon;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("accounts")
@PageTitle("Accounts · Touchpoint")
@Menu(order = 6, title = "Accounts", icon = "vaadin:building")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.ACCOUNT_EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
class AccountsView extends VerticalLayout {

    AccountsView() {
        add(new ComingSoon(
                "Accounts",
                "Customer accounts, their contacts and their experience over time.",
                "Account list with segment, score, NPS and open issues",
                "Account detail with responses and issues"));
    }
}
