package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import cx.touchpoint.base.Option;
import cx.touchpoint.survey.ContactChoice;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.SurveyService;
import java.util.List;

/**
 * Prepare a survey for one account: template, optional wave, the recipients (only eligible contacts
 * can be chosen; the others show why not) and the contact who reviews the draft.
 */
class PrepareDialog extends Dialog {

    private final SurveyService service;
    private final long accountId;
    private final ComboBox<Option> template = new ComboBox<>("Survey");
    private final ComboBox<Option> wave = new ComboBox<>("Wave (optional)");
    private final CheckboxGroup<ContactChoice> contacts = new CheckboxGroup<>("Recipients");
    private final ComboBox<ContactChoice> reviewer = new ComboBox<>("Reviews the draft");
    private final Paragraph error = new Paragraph();

    PrepareDialog(SurveyService service, long accountId) {
        this.service = service;
        this.accountId = accountId;
        var options = service.prepareOptions(accountId).orElseThrow();
        setHeaderTitle("Prepare a survey for " + options.account());
        setId("prepare-dialog");
        setWidth("min(640px, 95vw)");
        template.setItems(options.templates());
        template.setItemLabelGenerator(Option::name);
        template.setRequiredIndicatorVisible(true);
        template.setWidthFull();
        template.setId("prepare-template");
        wave.setItems(options.waves());
        wave.setItemLabelGenerator(Option::name);
        wave.setClearButtonVisible(true);
        wave.setWidthFull();
        wave.setId("prepare-wave");
        contacts.setItemLabelGenerator(c -> c.fullName() + " · " + c.email()
                + (c.eligibility().eligible()
                        ? ""
                        : " — not eligible: " + c.eligibility().reason()));
        contacts.setItemEnabledProvider(c -> c.eligibility().eligible());
        contacts.setId("prepare-contacts");
        contacts.addThemeName("vertical");
        contacts.setHelperText("Choose a survey to see who is eligible.");
        reviewer.setItemLabelGenerator(ContactChoice::fullName);
        reviewer.setWidthFull();
        reviewer.setId("prepare-reviewer");
        reviewer.setHelperText("The customer contact who sees the draft and approves it.");
        error.addClassName("form-error");
        error.setId("prepare-error");
        template.addValueChangeListener(e -> showContacts());
        contacts.addValueChangeListener(e -> {
            reviewer.setItems(List.copyOf(e.getValue()));
            if (e.getValue().size() == 1) {
                reviewer.setValue(e.getValue().iterator().next());
            }
        });
        if (!options.templates().isEmpty()) {
            template.setValue(options.templates().get(0));
        }
        var content = new VerticalLayout(template, wave, contacts, reviewer, error);
        content.setPadding(false);
        add(content);
        var prepare = new Button("Prepare", e -> prepare());
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.setId("prepare-submit");
        getFooter().add(new Button("Cancel", e -> close()), prepare);
    }

    private void showContacts() {
        if (template.getValue() == null) {
            contacts.setItems(List.of());
            return;
        }
        var choices = service.contactChoices(accountId, template.getValue().id());
        contacts.setItems(choices);
        contacts.setHelperText(choices.isEmpty() ? "This account has no contacts yet." : "");
    }

    private void prepare() {
        if (template.getValue() == null) {
            error.setText("Choose a survey.");
            return;
        }
        if (contacts.getValue().isEmpty() || reviewer.getValue() == null) {
            error.setText("Choose at least one recipient and the contact who reviews the draft.");
            return;
        }
        try {
            long id = service.prepare(
                    accountId,
                    template.getValue().id(),
                    wave.getValue() == null ? null : wave.getValue().id(),
                    contacts.getValue().stream().map(ContactChoice::id).toList(),
                    reviewer.getValue().id());
            close();
            UI.getCurrent().navigate("surveys/prepared/" + id);
        } catch (SurveyRuleException e) {
            error.setText(e.getMessage());
        }
    }
}
