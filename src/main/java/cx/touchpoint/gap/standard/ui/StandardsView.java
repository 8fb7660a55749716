package cx.touchpoint.gap.standard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Dates;
import cx.touchpoint.gap.standard.StandardService;
import cx.touchpoint.gap.standard.StandardSummary;
import cx.touchpoint.gap.ui.GapFormats;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** Service standards (gaps 2-5): create and edit them, record monthly actuals and promises. */
@Route("standards")
@PageTitle("Service standards · Touchpoint")
@Menu(order = 3.5, title = "Service standards", icon = "vaadin:dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./styles/gaps.css")
class StandardsView extends Main {

    private final StandardService service;
    private final Grid<StandardSummary> grid = new Grid<>();
    private final Div detail = new Div();

    StandardsView(StandardService service) {
        this.service = service;
        addClassNames("gap-view", "standards-view");
        var add = new Button("New standard", VaadinIcon.PLUS.create(), e -> show(null));
        add.setId("new-standard");
        add.setVisible(service.mayManageStandards());
        var header = new Div(new H1("Service standards"), add);
        header.addClassName("gap-header");
        add(
                header,
                new Paragraph(
                        "The operational metrics behind gaps 2-5: the standard the company set, the monthly"
                                + " actuals and what was promised to customers. Team leads change their own team's standards."));
        grid.setId("standards");
        grid.addColumn(StandardSummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(StandardSummary::cueName).setHeader("Cue");
        grid.addColumn(s -> GapFormats.plain(s.targetValue(), s.unit())).setHeader("Target");
        grid.addColumn(s -> s.direction().label()).setHeader("Direction");
        grid.addColumn(s -> s.latestActual() == null
                        ? "none yet"
                        : GapFormats.plain(s.latestActual(), s.unit()) + " (" + Dates.month(s.latestMonth()) + ")")
                .setHeader("Latest actual")
                .setFlexGrow(2);
        grid.addColumn(s -> s.ownerTeamName() == null ? "—" : s.ownerTeamName()).setHeader("Owner team");
        grid.setEmptyStateText("No service standards yet. Add the first with “New standard”.");
        grid.setHeight("320px");
        grid.setItems(q -> service.standards(q.getOffset(), q.getLimit()).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        detail.addClassName("standard-detail");
        add(grid, detail);
    }

    private void show(StandardSummary standard) {
        detail.removeAll();
        var form = new StandardForm(service, service.standardChoices(), this::saved);
        if (standard == null) {
            grid.deselectAll();
            form.edit(service.newStandard());
            detail.add(new H2("New standard"), form);
            return;
        }
        form.edit(standard.toStandard());
        var tabs = new TabSheet();
        tabs.add("Monthly actuals", new ActualsPanel(service, standard, grid.getDataProvider()::refreshAll));
        tabs.add("Promises", new PromisesPanel(service, standard, () -> {}));
        detail.add(new H2(standard.name()), form, tabs);
    }

    private void saved(long id) {
        grid.getDataProvider().refreshAll();
        service.standards(0, 500).stream().filter(s -> s.id() == id).findFirst().ifPresent(this::show);
    }
}
