package cx.touchpoint.review.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.ComingSoon;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("review")
@PageTitle("Experience review · Touchpoint")
@Menu(order = 1, title = "Experience review", icon = "vaadin:presentation")
@RolesAllowed(Role.EXECUTIVE_NAME)
class ReviewView extends VerticalLayout {

    ReviewView() {
        add(new ComingSoon(
                "Experience review",
                "The quarterly review of customer experience, before any financial figure.",
                "Score and NPS trend, the six gaps, segment movement",
                "Goals per team against actuals",
                "Top and overdue issues, defections per vertical, verbatim comments"));
    }
}
