package cx.touchpoint.gap.standard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.ui.InputProblems;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.base.ui.OptionComboBox;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.Direction;
import cx.touchpoint.gap.standard.ServiceStandard;
import cx.touchpoint.gap.standard.StandardService;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Creates or edits a service standard; refusals (bad input, rights, concurrent edits) show their reason. */
class StandardForm extends FormLayout {

    private final TextField code = new TextField("Code");
    private final TextField name = new TextField("Name");
    private final OptionComboBox cue = new OptionComboBox("Perception cue");
    private final OptionComboBox touchPoint = new OptionComboBox("Touch point");
    private final OptionComboBox ownerTeam = new OptionComboBox("Owner team");
    private final TextField unit = new TextField("Unit");
    private final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>("Direction");
    private final BigDecimalField target = new BigDecimalField("Standard (target value)");
    private final Button save = new Button("Save standard");
    private final Paragraph error = new Paragraph();
    private final Paragraph readOnlyNote = new Paragraph(
            "Another team owns this standard: its team lead or an admin changes it, its actuals and promises.");
    private final StandardService service;
    private ServiceStandard editing;

    private final StandardService.StandardChoices choices;

    StandardForm(StandardService service, StandardService.StandardChoices choices, LongConsumer onSaved) {
        this.service = service;
        addClassName("standard-form");
        code.setPattern(ServiceStandard.CODE_PATTERN);
        code.setHelperText("lower-case letters and _, e.g. on_time_delivery");
        code.setMaxLength(40);
        name.setMaxLength(ServiceStandard.NAME_MAX);
        unit.setMaxLength(ServiceStandard.UNIT_MAX);
        unit.setHelperText("e.g. %, h, days");
        this.choices = choices;
        ownerTeam.setItems(choices.teams());
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
                InputProblems.show(rejected, fields(), error);
                error.setVisible(!error.getText().isEmpty());
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
        // retired cues and touch points are offered only where this standard names one
        cue.setOptions(choices.cues(), standard.cueId());
        touchPoint.setOptions(choices.touchPoints(), standard.touchPointId());
        ownerTeam.selectId(standard.ownerTeamId());
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
                cue.selectedId(),
                touchPoint.selectedId(),
                ownerTeam.selectedId(),
                unit.getValue().trim(),
                direction.getValue(),
                target.getValue());
    }

    /** The form's fields by the standard's component names, where refused input is shown. */
    private Map<String, HasValidation> fields() {
        return Map.of(
                "code", code,
                "name", name,
                "cueId", cue,
                "touchPointId", touchPoint,
                "ownerTeamId", ownerTeam,
                "unit", unit,
                "targetValue", target);
    }
}
