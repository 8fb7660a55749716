package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.ComingSoon;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("surveys")
@PageTitle("Surveys · Touchpoint")
@Menu(order = 5, title = "Surveys", icon = "vaadin:clipboard-text")
@RolesAllowed({Role.ACCOUNT_EXECUTIVE_NAME, Role.ADMIN_NAME})
class SurveyView extends VerticalLayout {

    SurveyView() {
        add(new ComingSoon(
                "Surveys",
                "Prepare customers for surveys, respect the contact policy and collect responses.",
                "Share a draft with the customer contact to refine issues and tone",
                "Schedule sending; one-time response links",
                "Eligibility under the quiet period"));
    }
}
