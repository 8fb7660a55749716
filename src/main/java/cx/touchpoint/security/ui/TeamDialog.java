package cx.touchpoint.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.security.TeamAdministration;
import cx.touchpoint.security.TeamForm;
import cx.touchpoint.security.TeamRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Creates or edits a team: name, business function, lead, general manager. */
class TeamDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField function = new TextField("Business function");
    final ComboBox<Option> lead = new ComboBox<>("Team lead");
    final ComboBox<Option> manager = new ComboBox<>("General manager (receives SLA escalations)");
    final Button save = new Button();

    TeamDialog(TeamAdministration service, TeamRow existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "New team" : "Edit " + existing.name());
        var errors = new FieldErrors().field("name", name).field("businessFunction", function);
        name.setId("team-name");
        function.setId("team-function");
        lead.setId("team-lead");
        manager.setId("team-manager");
        name.setMaxLength(TeamForm.NAME_MAX);
        function.setMaxLength(TeamForm.FUNCTION_MAX);
        function.setHelperText("What the team fixes, e.g. \"Warehousing, shipping and delivery\"");
        List<Option> people = service.people();
        List<Option> leads = new ArrayList<>(service.teamLeads());
        if (existing != null
                && existing.leadId() != null
                && leads.stream().noneMatch(o -> o.id() == existing.leadId())) {
            // a lead chosen before stays offered, so editing the team does not drop them unseen
            people.stream().filter(o -> o.id() == existing.leadId()).findFirst().ifPresent(leads::add);
        }
        lead.setItems(leads);
        lead.setHelperText(
                leads.isEmpty()
                        ? "No one has the role Team lead yet. Give a person that role under Users (Edit → Role), then"
                                + " choose them here."
                        : "Only people with the role Team lead are offered; change a person's role under Users.");
        manager.setItems(people);
        for (var box : List.of(lead, manager)) {
            box.setItemLabelGenerator(Option::name);
            box.setClearButtonVisible(true);
        }
        if (existing != null) {
            name.setValue(existing.name());
            function.setValue(existing.businessFunction());
            select(lead, leads, existing.leadId());
            select(manager, people, existing.generalManagerId());
        }
        save.setText(existing == null ? "Create team" : "Save");
        save.setId("save-team");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            var form = new TeamForm(name.getValue(), function.getValue(), id(lead), id(manager));
            try {
                if (existing == null) {
                    service.create(form);
                } else {
                    service.update(existing.id(), existing.version(), form);
                }
                close();
                onSaved.run();
            } catch (InvalidInput rejected) {
                errors.show(rejected);
            }
        });
        var layout = new FormLayout(name, function, lead, manager);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("400px");
        add(layout, errors.formError());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static void select(ComboBox<Option> box, List<Option> people, Long id) {
        people.stream().filter(o -> Objects.equals(o.id(), id)).findFirst().ifPresent(box::setValue);
    }

    private static Long id(ComboBox<Option> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
