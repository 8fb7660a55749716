package cx.touchpoint.survey.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.ConfirmDelete;
import cx.touchpoint.base.ui.InputProblems;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.SurveyTriggers;
import cx.touchpoint.survey.SurveyTriggers.Trigger;
import cx.touchpoint.survey.TriggerInput;
import java.util.List;
import java.util.Map;

/** Which touch point sends which transaction survey: list, add, switch on and off, remove. */
class TriggersPanel extends Section {

    final Grid<Trigger> grid = new Grid<>();
    final ComboBox<Option> touchPoint = new ComboBox<>("After this touch point");
    final ComboBox<Option> template = new ComboBox<>("send this transaction survey");
    final Paragraph error = new Paragraph();
    private final SurveyTriggers triggers;

    TriggersPanel(SurveyTriggers triggers, List<Option> touchPoints) {
        this.triggers = triggers;
        setId("triggers");
        grid.setId("triggers-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Trigger::touchPoint).setHeader("After this touch point").setFlexGrow(1);
        grid.addColumn(Trigger::template)
                .setHeader("this transaction survey is sent")
                .setFlexGrow(2);
        grid.addColumn(TriggersPanel::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true);
        grid.setEmptyStateText("No touch point sends a survey yet. Add a trigger below.");
        touchPoint.setId("trigger-touch-point");
        touchPoint.setItems(touchPoints);
        touchPoint.setItemLabelGenerator(Option::name);
        template.setId("trigger-template");
        template.setItemLabelGenerator(Option::name);
        template.setWidth("22em");
        error.setId("trigger-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var add = new Button("Add trigger", e -> add());
        add.setId("trigger-add");
        var form = new Div(touchPoint, template, add);
        form.addClassName("survey-actions");
        add(
                new H2("Transaction triggers"),
                new Paragraph("After an event at a touch point (reported by the events API), its transaction survey"
                        + " goes to the contact automatically, within the contact policy."),
                grid,
                form,
                error);
        refresh();
    }

    static String status(Trigger t) {
        if (!t.templateActive()) {
            return "Off (survey retired)";
        }
        return t.enabled() ? "On" : "Off";
    }

    private Div actions(Trigger t) {
        var toggle = new Button(t.enabled() ? "Switch off" : "Switch on", e -> {
            try {
                triggers.enable(t.id(), !t.enabled());
                Notifications.success(
                        t.touchPoint() + (t.enabled() ? " no longer sends " : " sends ") + t.template() + ".");
            } catch (SurveyRuleException ex) {
                Notifications.error(ex.getMessage());
            }
            refresh();
        });
        toggle.setId("trigger-toggle-" + t.id());
        toggle.setAriaLabel((t.enabled() ? "Switch off" : "Switch on") + " the trigger after " + t.touchPoint());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var remove = new Button(
                "Remove",
                e -> ConfirmDelete.open(
                        "Remove the trigger after " + t.touchPoint() + "?",
                        t.touchPoint() + " will no longer send \"" + t.template()
                                + "\". Invitations already sent stay.",
                        "Remove",
                        () -> {
                            try {
                                triggers.remove(t.id());
                                Notifications.success("Trigger after " + t.touchPoint() + " removed.");
                            } catch (SurveyRuleException ex) {
                                Notifications.error(ex.getMessage());
                            }
                            refresh();
                        }));
        remove.setId("trigger-remove-" + t.id());
        remove.setAriaLabel("Remove the trigger after " + t.touchPoint());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(toggle, remove);
        actions.addClassName("survey-actions");
        return actions;
    }

    private void add() {
        var fields = Map.of("touchPointId", touchPoint, "templateId", template);
        try {
            triggers.add(new TriggerInput(
                    touchPoint.getValue() == null ? null : touchPoint.getValue().id(),
                    template.getValue() == null ? null : template.getValue().id()));
            InputProblems.clear(fields, error);
            Notifications.success(touchPoint.getValue().name() + " sends "
                    + template.getValue().name() + " from now on.");
            touchPoint.clear();
            template.clear();
            refresh();
        } catch (InvalidInput refused) {
            InputProblems.show(refused, fields, error);
        }
    }

    /** Reloads the triggers and the surveys a trigger may send (templates change in the same view). */
    void refresh() {
        grid.setItems(triggers.triggers());
        template.setItems(triggers.transactionTemplates());
    }
}
