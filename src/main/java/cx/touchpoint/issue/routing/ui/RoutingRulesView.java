package cx.touchpoint.issue.routing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.issue.IssueRuleException;
import cx.touchpoint.issue.routing.RoutingRuleRow;
import cx.touchpoint.issue.routing.RoutingService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The ordered routing-rule list: admins edit it, team leads see how issues reach their team. */
@Route("admin/routing-rules")
@PageTitle("Routing rules · Touchpoint")
@Menu(order = 9.1, title = "Routing rules", icon = "vaadin:split")
@RolesAllowed({Role.ADMIN_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./issue-board.css")
class RoutingRulesView extends Main {

    private final RoutingService service;
    final Grid<RoutingRuleRow> grid = new Grid<>();

    RoutingRulesView(RoutingService service) {
        this.service = service;
        addClassName("routing-rules-view");
        add(new H1("Routing rules"));
        add(new Paragraph("A new issue goes to the team of the first enabled rule whose conditions all match, tried"
                + " from the top. Empty conditions match anything. When no rule matches, customer service triages."));
        if (service.canEditRoutingRules()) {
            var create = new Button("New rule", VaadinIcon.PLUS.create(), e -> edit(service.newRoutingRule()));
            create.setId("new-rule");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        } else {
            add(new Paragraph("Only admins change the rules; ask an admin if issues reach the wrong team."));
        }
        grid.setId("routing-rules");
        grid.addColumn(RoutingRuleRow::position)
                .setHeader("Order")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RoutingRuleRow::name).setHeader("Rule").setFlexGrow(2);
        grid.addColumn(RoutingRuleRow::conditions).setHeader("When").setFlexGrow(3);
        grid.addColumn(r -> r.team() + (r.specialist() == null ? "" : " → " + r.specialist()))
                .setHeader("Routes to")
                .setFlexGrow(2);
        grid.addColumn(r -> r.enabled() ? "on" : "off")
                .setHeader("Enabled")
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (service.canEditRoutingRules()) {
            grid.addComponentColumn(this::moveButtons)
                    .setHeader("Move")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(query -> service.routingRules(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("No routing rules yet: every issue goes to the account's owning team. Admins add"
                + " rules with New rule.");
        grid.setHeight("460px");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (service.canEditRoutingRules()) {
            grid.addItemClickListener(e -> service.routingRule(e.getItem().id()).ifPresent(this::edit));
        }
        add(grid, new ComplaintKeywordsEditor(service));
    }

    private HorizontalLayout moveButtons(RoutingRuleRow row) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(row, -1));
        up.setAriaLabel("Move " + row.name() + " up");
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(row, 1));
        down.setAriaLabel("Move " + row.name() + " down");
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(up, down);
    }

    void move(RoutingRuleRow row, int direction) {
        try {
            service.moveRoutingRule(row.id(), direction);
        } catch (IssueRuleException e) {
            Notifications.notice(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private void edit(cx.touchpoint.issue.routing.RoutingRule rule) {
        new RoutingRuleForm(service, rule, () -> grid.getDataProvider().refreshAll()).open();
    }
}
