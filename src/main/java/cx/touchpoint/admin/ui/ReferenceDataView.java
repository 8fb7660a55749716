package cx.touchpoint.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.admin.ReferenceAdministration;
import cx.touchpoint.admin.ReferenceKind;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** Admins' reference data: one tab per kind, and the SLA hours per severity. */
@Route("admin/reference-data")
@PageTitle("Reference data · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
class ReferenceDataView extends Main {

    final TabSheet tabs = new TabSheet();

    ReferenceDataView(ReferenceAdministration service) {
        addClassName("reference-data-view");
        add(new H1("Reference data"));
        var policy = new Anchor("admin/survey-policy", "survey contact policy");
        // a link inside a sentence must not rely on colour alone (axe link-in-text-block)
        policy.getStyle().set("text-decoration", "underline");
        add(new Paragraph(
                new com.vaadin.flow.component.Text("What people choose from when they describe customers, surveys"
                        + " and issues. Retire an item that data refers to: it is no longer offered, and the data"
                        + " keeps it. Every change is in the audit log. Quiet periods between surveys are in the "),
                policy,
                new com.vaadin.flow.component.Text(".")));
        for (ReferenceKind kind : ReferenceKind.values()) {
            tabs.add(kind.title(), new ReferencePanel(service, kind));
        }
        tabs.add("SLA per severity", new SlaPanel(service));
        tabs.setWidthFull();
        add(tabs);
    }
}
