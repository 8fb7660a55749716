package cx.touchpoint.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.security.PasswordPolicy;
import cx.touchpoint.security.ProfileService;

/** The profile's password section: the current password, a new one by the NIST rules, the same again. */
class PasswordSection extends Section {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField confirm = new PasswordField("New password again");
    final Button save = new Button("Change password");
    private final FieldErrors errors = new FieldErrors();

    PasswordSection(ProfileService service, Runnable onChanged) {
        addClassName("card");
        add(new H2("Password"));
        add(new Paragraph("At least " + PasswordPolicy.MIN_LENGTH + " characters. Length is what makes a password"
                + " strong: a few unrelated words work well; symbols and digits are not required. Common and"
                + " breached passwords are refused."));
        current.setId("current-password");
        password.setId("new-password");
        confirm.setId("confirm-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirm.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        errors.field("current", current).field("password", password).field("confirm", confirm);
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> {
            try {
                service.changePassword(current.getValue(), password.getValue(), confirm.getValue());
                errors.clear();
                current.clear();
                password.clear();
                confirm.clear();
                Notification.show("Password changed.", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onChanged.run();
            } catch (InvalidInput rejected) {
                errors.show(rejected);
            }
        });
        var form = new FormLayout(current, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("420px");
        add(form, errors.formError(), save);
    }
}
