package cx.touchpoint.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.TeamAdministration;
import cx.touchpoint.security.TeamRow;
import jakarta.annotation.security.RolesAllowed;

/** Admins' list of the cross-functional teams issues are routed to. */
@Route("admin/teams")
@PageTitle("Teams · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
class TeamsView extends Main {

    final Grid<TeamRow> grid = new Grid<>();

    TeamsView(TeamAdministration service) {
        addClassName("teams-view");
        add(new H1("Teams"));
        add(new Paragraph("Routing rules send each customer problem to one of these teams. The general manager"
                + " receives issues that stay open past their SLA. Members are set on each user (Users)."));
        var create = new Button(
                "New team", VaadinIcon.PLUS.create(), e -> new TeamDialog(service, null, this::refresh).open());
        create.setId("new-team");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);
        grid.setId("teams");
        grid.addColumn(TeamRow::name).setHeader("Team").setAutoWidth(true);
        grid.addColumn(TeamRow::businessFunction).setHeader("Business function").setFlexGrow(1);
        grid.addColumn(team -> team.lead() == null ? "none yet" : team.lead())
                .setHeader("Lead")
                .setAutoWidth(true);
        grid.addColumn(team -> team.generalManager() == null ? "none yet" : team.generalManager())
                .setHeader("General manager")
                .setAutoWidth(true);
        grid.addColumn(TeamRow::members).setHeader("Members").setFlexGrow(2);
        grid.addComponentColumn(team -> {
                    var edit = new Button("Edit", e -> new TeamDialog(service, team, this::refresh).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel("Edit " + team.name());
                    return edit;
                })
                .setHeader("Actions")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.teams(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("No teams yet. Create one with New team; routing rules then send issues to it.");
        grid.setHeight("520px");
        add(grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
