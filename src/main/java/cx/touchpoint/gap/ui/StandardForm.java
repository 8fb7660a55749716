package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.Direction;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.gap.ServiceStandard;
import java.util.List;
import java.util.function.LongConsumer;

/** Creates or edits a service standard; refusals (bad input, rights, concurrent edits) show their reason. */
class StandardForm extends FormLayout {

    private final TextField code = new TextField("Code");
    private final TextField name = new TextField("Name");
    private final ComboBox<Option> cue = new ComboBox<>("Perception cue");
    private final ComboBox<Option> touchPoint = new ComboBox<>("Touch point");
    private final ComboBox<Option> ownerTeam = new ComboBox<>("Owner team");
    private final TextField unit = new TextField("Unit");
    private final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>("Direction");
    private final BigDecimalField target = new BigDecimalField("Standard (target value)");
    private final Button save = new Button("Save standard");
    private final Paragraph error = new Paragraph();
    private final Paragraph readOnlyNote = new Paragraph(
            "Another team owns this standard: its team lead or an admin changes it, its actuals and promises.");
    private final GapService service;
    private ServiceStandard editing;

    StandardForm(GapService service, GapService.StandardChoices choices, LongConsumer onSaved) {
        this.service = service;
        addClassName("standard-form");
        code.setPattern(ServiceStandard.CODE_PATTERN);
        code.setHelperText("lower-case letters and _, e.g. on_time_delivery");
        code.setMaxLength(40);
        name.setMaxLength(ServiceStandard.NAME_MAX);
        unit.setMaxLength(ServiceStandard.UNIT_MAX);
        unit.setHelperText("e.g. %, h, days");
        options(cue, choices.cues());
        options(touchPoint, choices.touchPoints());
        options(ownerTeam, choices.teams());
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        for (var field : List.of(code, name, unit)) {
            field.setRequired(true);
        }
        cue.setRequired(true);
        target.setRequiredIndicatorVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-standard");
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(this);
        save.addClickListener(e -> {
            try {
                long id = service.saveStandard(read());
                error.setVisible(false);
                Notifications.success("Saved standard “" + name.getValue().trim() + "”.");
                onSaved.accept(id);
            } catch (ChangeRejected rejected) {
                error.setText(rejected.getMessage());
                error.setVisible(true);
                Notifications.error(rejected.getMessage());
            }
        });
        error.addClassName("form-error");
        error.setVisible(false);
        readOnlyNote.addClassName("gap-scope");
        add(readOnlyNote, code, name, cue, touchPoint, ownerTeam, unit, direction, target, error, save);
        setColspan(error, 2);
        setColspan(readOnlyNote, 2);
    }

    void edit(ServiceStandard standard) {
        editing = standard;
        code.setValue(standard.code());
        name.setValue(standard.name());
        cue.setValue(find(cue, standard.cueId()));
        touchPoint.setValue(find(touchPoint, standard.touchPointId()));
        ownerTeam.setValue(find(ownerTeam, standard.ownerTeamId()));
        unit.setValue(standard.unit());
        direction.setValue(standard.direction());
        target.setValue(
                standard.targetValue() == null ? null : standard.targetValue().stripTrailingZeros());
        error.setVisible(false);
        boolean editable = service.mayEditStandard(standard.ownerTeamId());
        for (var field : List.of(code, name, unit)) {
            field.setReadOnly(!editable);
        }
        cue.setReadOnly(!editable);
        touchPoint.setReadOnly(!editable);
        ownerTeam.setReadOnly(!editable);
        direction.setReadOnly(!editable);
        target.setReadOnly(!editable);
        save.setVisible(editable);
        readOnlyNote.setVisible(!editable);
    }

    private ServiceStandard read() {
        return new ServiceStandard(
                editing.id(),
                editing.version(),
                code.getValue().trim(),
                name.getValue().trim(),
                id(cue),
                id(touchPoint),
                id(ownerTeam),
                unit.getValue().trim(),
                direction.getValue(),
                target.getValue());
    }

    private static void options(ComboBox<Option> box, List<Option> options) {
        box.setItems(options);
        box.setItemLabelGenerator(Option::name);
        box.setClearButtonVisible(true);
    }

    private static Option find(ComboBox<Option> box, Long id) {
        return box.getListDataView()
                .getItems()
                .filter(o -> id != null && o.id() == id)
                .findFirst()
                .orElse(null);
    }

    private static Long id(ComboBox<Option> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
