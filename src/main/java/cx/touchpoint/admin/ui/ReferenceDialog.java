package cx.touchpoint.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.admin.ReferenceAdministration;
import cx.touchpoint.admin.ReferenceInput;
import cx.touchpoint.admin.ReferenceKind;
import cx.touchpoint.admin.ReferenceRow;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.base.TouchPointKind;
import cx.touchpoint.base.TransactionPhase;
import cx.touchpoint.base.ui.FieldErrors;
import java.util.ArrayList;
import java.util.List;

/** Creates or edits one item of reference data; shows only the fields of its kind. */
class ReferenceDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField marketGroup = new TextField("Market group");
    final TextField region = new TextField("Region");
    final TextField country = new TextField("Country");
    final TextArea description = new TextArea("Description");
    final ComboBox<LifeCycleStage> stage = new ComboBox<>("Life-cycle stage");
    final ComboBox<TransactionPhase> phase = new ComboBox<>("Transaction phase");
    final ComboBox<TouchPointKind> touchPointKind = new ComboBox<>("Acquisition or utilization");
    final IntegerField sortOrder = new IntegerField("Position in lists");
    final Button save = new Button();

    ReferenceDialog(ReferenceAdministration service, ReferenceKind kind, ReferenceRow existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "New " + kind.singular() : "Edit " + existing.title());
        var errors = new FieldErrors()
                .field("name", name)
                .field("marketGroup", marketGroup)
                .field("region", region)
                .field("country", country)
                .field("description", description)
                .field("lifeCycleStage", stage)
                .field("transactionPhase", phase)
                .field("kind", touchPointKind)
                .field("sortOrder", sortOrder);
        prepareFields(kind);
        if (existing != null) {
            fill(existing.values());
        }
        save.setText(existing == null ? "Create" : "Save");
        save.setId("save-reference");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                if (existing == null) {
                    service.create(kind, input());
                } else {
                    service.update(kind, existing.id(), existing.version(), input());
                }
                close();
                onSaved.run();
            } catch (InvalidInput refused) {
                errors.show(refused);
            }
        });
        var layout = new FormLayout();
        layout.add(fields(kind).toArray(Component[]::new));
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("420px");
        add(layout, errors.formError());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void prepareFields(ReferenceKind kind) {
        name.setId("reference-name");
        marketGroup.setId("reference-market-group");
        region.setId("reference-region");
        country.setId("reference-country");
        description.setId("reference-description");
        stage.setId("reference-stage");
        phase.setId("reference-phase");
        touchPointKind.setId("reference-kind");
        sortOrder.setId("reference-order");
        int nameMax = kind == ReferenceKind.CUE ? ReferenceInput.CUE_NAME_MAX : ReferenceInput.NAME_MAX;
        name.setMaxLength(nameMax);
        for (var field : List.of(marketGroup, region, country)) {
            field.setMaxLength(ReferenceInput.NAME_MAX);
        }
        description.setMaxLength(ReferenceInput.DESCRIPTION_MAX);
        stage.setItems(LifeCycleStage.values());
        stage.setItemLabelGenerator(LifeCycleStage::label);
        phase.setItems(TransactionPhase.values());
        phase.setItemLabelGenerator(TransactionPhase::label);
        touchPointKind.setItems(TouchPointKind.values());
        touchPointKind.setItemLabelGenerator(TouchPointKind::label);
        touchPointKind.setHelperText("Acquisition: learning, comparing, buying. Utilization: using what was bought.");
        sortOrder.setMin(0);
        sortOrder.setMax(ReferenceInput.ORDER_MAX);
        sortOrder.setValue(0);
        marketGroup.setHelperText("Defections are compared per market group, e.g. \"Industry\"");
    }

    private List<Component> fields(ReferenceKind kind) {
        List<Component> shown = new ArrayList<>();
        switch (kind) {
            case CUE -> shown.addAll(List.of(name, description, sortOrder));
            case TOUCH_POINT -> shown.addAll(List.of(name, stage, phase, touchPointKind, description));
            case VERTICAL_MARKET -> shown.addAll(List.of(name, marketGroup));
            case LOCATION -> shown.addAll(List.of(region, country));
            case SERVICE_PLATFORM -> shown.add(name);
        }
        return shown;
    }

    private void fill(ReferenceInput values) {
        name.setValue(orEmpty(values.name()));
        marketGroup.setValue(orEmpty(values.marketGroup()));
        region.setValue(orEmpty(values.region()));
        country.setValue(orEmpty(values.country()));
        description.setValue(orEmpty(values.description()));
        stage.setValue(values.lifeCycleStage());
        phase.setValue(values.transactionPhase());
        touchPointKind.setValue(values.kind());
        sortOrder.setValue(values.sortOrder() == null ? 0 : values.sortOrder());
    }

    private ReferenceInput input() {
        return new ReferenceInput(
                name.getValue(),
                marketGroup.getValue(),
                region.getValue(),
                country.getValue(),
                description.getValue(),
                stage.getValue(),
                phase.getValue(),
                touchPointKind.getValue(),
                sortOrder.getValue());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
