package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.gap.MonthlyActual;
import cx.touchpoint.gap.StandardSummary;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

/** The monthly actuals of one standard: record a month (again = replace), list them, delete one. */
class ActualsPanel extends Div {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Grid<MonthlyActual> grid = new Grid<>();

    ActualsPanel(GapService service, StandardSummary standard, Runnable onChange) {
        addClassName("actuals-panel");
        boolean editable = service.mayEditStandard(standard.ownerTeamId());
        YearMonth thisMonth = YearMonth.from(service.today());
        var month = new ComboBox<YearMonth>("Month");
        month.setItems(
                Stream.iterate(thisMonth, m -> m.minusMonths(1)).limit(36).toList());
        month.setItemLabelGenerator(MONTH::format);
        month.setValue(thisMonth.minusMonths(1));
        var value = new BigDecimalField("Actual value");
        value.setId("actual-value");
        value.setSuffixComponent(new Span(standard.unit()));
        var record = new Button("Record actual", e -> {
            try {
                service.recordActual(standard.id(), month.getValue(), value.getValue());
                Notifications.success("Recorded " + MONTH.format(month.getValue()) + ".");
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
        grid.addColumn(a -> MONTH.format(a.month())).setHeader("Month");
        grid.addColumn(a -> GapFormats.plain(a.value(), standard.unit())).setHeader("Actual");
        if (editable) {
            grid.addComponentColumn(a -> {
                        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(service, a, onChange));
                        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        delete.setAriaLabel("Delete " + MONTH.format(a.month()));
                        return delete;
                    })
                    .setHeader("")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setEmptyStateText("No actuals recorded yet.");
        grid.setHeight("300px");
        grid.setItems(q -> service.actuals(standard.id(), q.getOffset(), q.getLimit()).stream());
        add(form, grid);
    }

    private void confirmDelete(GapService service, MonthlyActual actual, Runnable onChange) {
        var confirm = new ConfirmDialog(
                "Delete the actual of " + MONTH.format(actual.month()) + "?",
                "The gap chain will no longer count this month.",
                "Delete",
                e -> {
                    try {
                        service.deleteActual(actual.id());
                        grid.getDataProvider().refreshAll();
                        onChange.run();
                    } catch (ChangeRejected rejected) {
                        Notifications.error(rejected.getMessage());
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
