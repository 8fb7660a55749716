package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.ComingSoon;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("segments")
@PageTitle("Segments · Touchpoint")
@Menu(order = 2, title = "Segments", icon = "vaadin:grid-big")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.ACCOUNT_EXECUTIVE_NAME})
class SegmentView extends VerticalLayout {

    SegmentView() {
        add(new ComingSoon(
                "Customer segments",
                "Accounts placed by summary experience score and revenue: Model, Growth, At-risk, Dangling.",
                "Segment cards with revenue and recommended action",
                "Scatter of accounts with threshold lines",
                "Movement between survey waves"));
    }
}
