package cx.touchpoint.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.AdminAuditEntry;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.UserAdministration;
import jakarta.annotation.security.RolesAllowed;

/** The audit log of administrative changes: who, when, what, before and after; newest first. */
@Route("admin/audit")
@PageTitle("Audit log · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
class AuditView extends Main {

    final Grid<AdminAuditEntry> grid = new Grid<>();

    AuditView(UserAdministration service) {
        addClassName("audit-view");
        add(new H1("Audit log"));
        add(new Paragraph("Every administrative change — users, teams, books of accounts, reference data, routing"
                + " rules, service standards, survey templates, settings, themes and webhooks — made by an admin or"
                + " by the system at start, newest first."));
        grid.setId("audit");
        grid.addColumn(entry -> Dates.dayTime(entry.changedAt().toInstant()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(AdminAuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(entry -> AdminAudit.Subject.labelOf(entry.subject()))
                .setHeader("What")
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.subjectName()).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(AdminAuditEntry::action).setHeader("Change").setAutoWidth(true);
        grid.addColumn(entry -> entry.before() == null ? "" : entry.before())
                .setHeader("Before")
                .setFlexGrow(1);
        grid.addColumn(entry -> entry.after() == null ? "" : entry.after())
                .setHeader("After")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.audit(query.getOffset(), query.getLimit()).stream());
        grid.setHeight("620px");
        var empty = new EmptyState("No administrative change yet. Changes appear here as soon as an admin creates,"
                + " edits or deletes users, teams, routing rules, standards, templates or settings.");
        empty.setId("audit-empty");
        grid.setEmptyStateComponent(empty);
        add(grid);
    }
}
