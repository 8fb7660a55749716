package cx.touchpoint.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import cx.touchpoint.admin.ReferenceAdministration;
import cx.touchpoint.admin.ReferenceKind;
import cx.touchpoint.admin.ReferenceRow;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.ui.ConfirmDelete;
import cx.touchpoint.base.ui.Notifications;

/** One kind of reference data: its items, current first, with edit, retire or restore, and delete. */
class ReferencePanel extends Div {

    final Grid<ReferenceRow> grid = new Grid<>();

    ReferencePanel(ReferenceAdministration service, ReferenceKind kind) {
        String id = kind.name().toLowerCase().replace('_', '-');
        var create = new Button("New " + kind.singular(), VaadinIcon.PLUS.create(), e -> new ReferenceDialog(
                        service, kind, null, this::refresh)
                .open());
        create.setId("new-" + id);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId(id + "-items");
        grid.addColumn(ReferenceRow::title)
                .setHeader(kind == ReferenceKind.LOCATION ? "Region · country" : "Name")
                .setAutoWidth(true);
        grid.addColumn(ReferenceRow::detail).setHeader("Details").setFlexGrow(1);
        grid.addComponentColumn(row -> new Span(row.retired() ? "Retired" : "Offered"))
                .setHeader("State")
                .setAutoWidth(true);
        grid.addComponentColumn(row -> actions(service, kind, row))
                .setHeader("Actions")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.items(kind, query.getOffset(), query.getLimit()).stream());
        grid.setHeight("460px");
        add(create, grid);
    }

    private HorizontalLayout actions(ReferenceAdministration service, ReferenceKind kind, ReferenceRow row) {
        var edit = small(
                "Edit", "Edit " + row.title(), () -> new ReferenceDialog(service, kind, row, this::refresh).open());
        var retire = small(
                row.retired() ? "Restore" : "Retire",
                (row.retired() ? "Restore " : "Retire ") + row.title(),
                () -> act(
                        () -> service.setRetired(kind, row.id(), !row.retired()),
                        row.title() + (row.retired() ? " is offered again." : " is retired: no longer offered.")));
        var delete = small(
                "Delete",
                "Delete " + row.title(),
                () -> ConfirmDelete.open(
                        "Delete " + row.title() + "?",
                        "Only possible while no data refers to it; otherwise retire it.",
                        () -> act(() -> service.delete(kind, row.id()), "Deleted " + row.title() + ".")));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, retire, delete);
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notifications.success(done);
        } catch (InvalidInput refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    private static Button small(String text, String label, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        return button;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
