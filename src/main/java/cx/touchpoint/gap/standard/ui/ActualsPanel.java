package cx.touchpoint.gap.standard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.ConfirmDelete;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.standard.MonthlyActual;
import cx.touchpoint.gap.standard.StandardService;
import cx.touchpoint.gap.standard.StandardSummary;
import cx.touchpoint.gap.ui.GapFormats;
import java.time.YearMonth;
import java.util.stream.Stream;

/** The monthly actuals of one standard: record a month (again = replace), list them, delete one. */
class ActualsPanel extends Div {

    private final Grid<MonthlyActual> grid = new Grid<>();

    ActualsPanel(StandardService service, StandardSummary standard, Runnable onChange) {
        addClassName("actuals-panel");
        boolean editable = service.mayEditStandard(standard.ownerTeamId());
        YearMonth thisMonth = YearMonth.from(service.today());
        var month = new ComboBox<YearMonth>("Month");
        month.setItems(
                Stream.iterate(thisMonth, m -> m.minusMonths(1)).limit(36).toList());
        month.setItemLabelGenerator(Dates::month);
        month.setValue(thisMonth.minusMonths(1));
        var value = new BigDecimalField("Actual value");
        value.setId("actual-value");
        value.setSuffixComponent(new Span(standard.unit()));
        var record = new Button("Record actual", e -> {
            try {
                service.recordActual(standard.id(), month.getValue(), value.getValue());
                Notifications.success("Recorded " + Dates.month(month.getValue()) + ".");
                value.clear();
                grid.getDataProvider().refreshAll();
                onChange.run();
            } catch (ChangeRejected rejected) {
                Notifications.error(rejected.getMessage());
            }
        });
        record.setId("record-actual");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(month, value, record);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setVisible(editable);
        grid.addColumn(a -> Dates.month(a.month())).setHeader("Month");
        grid.addColumn(a -> GapFormats.plain(a.value(), standard.unit())).setHeader("Actual");
        if (editable) {
            grid.addComponentColumn(a -> {
                        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(service, a, onChange));
                        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        delete.setAriaLabel("Delete " + Dates.month(a.month()));
                        return delete;
                    })
                    .setHeader("Action")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setEmptyStateText("No actuals recorded yet.");
        grid.setHeight("300px");
        grid.setItems(q -> service.actuals(standard.id(), q.getOffset(), q.getLimit()).stream());
        add(form, grid);
    }

    private void confirmDelete(StandardService service, MonthlyActual actual, Runnable onChange) {
        ConfirmDelete.open(
                "Delete the actual of " + Dates.month(actual.month()) + "?",
                "The gap chain will no longer count this month.",
                () -> {
                    try {
                        service.deleteActual(actual.id());
                        grid.getDataProvider().refreshAll();
                        onChange.run();
                    } catch (ChangeRejected rejected) {
                        Notifications.error(rejected.getMessage());
                    }
                });
    }
}
