package cx.touchpoint.gap.standard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.ui.ConfirmDelete;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.standard.PromiseChannel;
import cx.touchpoint.gap.standard.StandardPromise;
import cx.touchpoint.gap.standard.StandardService;
import cx.touchpoint.gap.standard.StandardSummary;
import cx.touchpoint.gap.ui.GapFormats;

/** The promises made about one standard: list them, add, edit (versioned) and delete after confirmation. */
class PromisesPanel extends Div {

    private final Grid<StandardPromise> grid = new Grid<>();
    private final BigDecimalField value = new BigDecimalField("Promised value");
    private final TextField wording = new TextField("Wording customers saw");
    private final Select<PromiseChannel> channel = new Select<>();
    private final DatePicker from = new DatePicker("Valid from");
    private final DatePicker to = new DatePicker("Valid until (empty = open)");
    private final Button delete = new Button("Delete promise");
    private final FieldErrors errors = new FieldErrors()
            .field("promisedValue", value)
            .field("wording", wording)
            .field("channel", channel)
            .field("validFrom", from)
            .field("validTo", to);
    private final StandardService service;
    private final StandardSummary standard;
    private StandardPromise editing;

    PromisesPanel(StandardService service, StandardSummary standard, Runnable onChange) {
        this.service = service;
        this.standard = standard;
        addClassName("promises-panel");
        value.setSuffixComponent(new Span(standard.unit()));
        wording.setMaxLength(StandardPromise.WORDING_MAX);
        channel.setLabel("Channel");
        channel.setItems(PromiseChannel.values());
        channel.setItemLabelGenerator(PromiseChannel::label);
        var save = new Button("Save promise", e -> save(onChange));
        save.setId("save-promise");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var clear = new Button("New promise", e -> edit(StandardPromise.blank(standard.id(), service.today())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete(onChange));
        wording.setId("promise-wording");
        var form = new FormLayout(value, wording, channel, from, to, errors.formError(), new Div(save, clear, delete));
        form.setVisible(service.mayEditStandard(standard.ownerTeamId()));
        grid.addColumn(p -> GapFormats.plain(p.promisedValue(), standard.unit()))
                .setHeader("Promised");
        grid.addColumn(StandardPromise::wording).setHeader("Wording").setFlexGrow(2);
        grid.addColumn(p -> p.channel().label()).setHeader("Channel");
        grid.addColumn(p -> Dates.day(p.validFrom())).setHeader("From");
        grid.addColumn(p -> p.validTo() == null ? "open" : Dates.day(p.validTo()))
                .setHeader("Until");
        grid.setEmptyStateText("No promises recorded yet.");
        grid.setHeight("240px");
        grid.setItems(q -> service.promises(standard.id(), q.getOffset(), q.getLimit()).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        add(grid, form);
        edit(StandardPromise.blank(standard.id(), service.today()));
    }

    private void edit(StandardPromise promise) {
        editing = promise;
        errors.clear();
        value.setValue(
                promise.promisedValue() == null ? null : promise.promisedValue().stripTrailingZeros());
        wording.setValue(promise.wording());
        channel.setValue(promise.channel());
        from.setValue(promise.validFrom());
        to.setValue(promise.validTo());
        delete.setVisible(promise.id() != null);
    }

    private void save(Runnable onChange) {
        try {
            service.savePromise(new StandardPromise(
                    editing.id(),
                    editing.version(),
                    standard.id(),
                    value.getValue(),
                    wording.getValue(),
                    channel.getValue(),
                    from.getValue(),
                    to.getValue()));
            Notifications.success("Saved the promise.");
            grid.getDataProvider().refreshAll();
            edit(StandardPromise.blank(standard.id(), service.today()));
            onChange.run();
        } catch (InvalidInput rejected) {
            // beside the field it is about, whether the service or a database constraint refused it
            errors.show(rejected);
        }
    }

    private void confirmDelete(Runnable onChange) {
        ConfirmDelete.open(
                "Delete this promise?",
                "“" + editing.wording() + "” will no longer count in the" + " communication gap.",
                () -> {
                    try {
                        service.deletePromise(editing);
                        grid.getDataProvider().refreshAll();
                        edit(StandardPromise.blank(standard.id(), service.today()));
                        onChange.run();
                    } catch (ChangeRejected rejected) {
                        Notifications.error(rejected.getMessage());
                    }
                });
    }
}
