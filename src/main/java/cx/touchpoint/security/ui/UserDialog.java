package cx.touchpoint.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.security.AppUser;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.UserAdministration;
import cx.touchpoint.security.UserForm;
import cx.touchpoint.security.UserRow;
import java.util.Objects;
import java.util.function.Consumer;

/** Creates a user (then shows their one-time password) or edits one: name, email, role, team. */
class UserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final Select<Role> role = new Select<>();
    final ComboBox<Option> team = new ComboBox<>("Team");
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();

    /** {@code existing} null: a new user. {@code onCreated} receives the one-time password of a new user. */
    UserDialog(UserAdministration service, UserRow existing, Runnable onSaved, Consumer<String> onCreated) {
        setHeaderTitle(existing == null ? "New user" : "Edit " + existing.username());
        username.setId("user-username");
        fullName.setId("user-full-name");
        email.setId("user-email");
        role.setId("user-role");
        team.setId("user-team");
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText("lower-case letters, digits, dot, dash or underscore; fixed once created");
        fullName.setMaxLength(AppUser.FULL_NAME_MAX);
        email.setMaxLength(AppUser.EMAIL_MAX);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        team.setItems(service.teams());
        team.setItemLabelGenerator(Option::name);
        team.setClearButtonVisible(true);
        team.setHelperText("Team leads and specialists work in a team");
        errors.field("username", username)
                .field("fullName", fullName)
                .field("email", email)
                .field("role", role)
                .field("team", team);
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email());
            role.setValue(existing.role());
            team.getListDataView()
                    .getItems()
                    .filter(o -> Objects.equals(o.id(), existing.teamId()))
                    .findFirst()
                    .ifPresent(team::setValue);
        }
        save.setText(existing == null ? "Create user" : "Save");
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            var form = new UserForm(
                    username.getValue(),
                    fullName.getValue(),
                    email.getValue(),
                    role.getValue(),
                    team.getValue() == null ? null : team.getValue().id());
            try {
                if (existing == null) {
                    String password = service.create(form);
                    close();
                    onSaved.run();
                    onCreated.accept(password);
                } else {
                    service.update(existing.id(), existing.version(), form);
                    close();
                    onSaved.run();
                }
            } catch (InvalidInput rejected) {
                errors.show(rejected);
            }
        });
        var cancel = new Button("Cancel", e -> close());
        var layout = new FormLayout(username, fullName, email, role, team);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("380px");
        add(layout, errors.formError());
        getFooter().add(cancel, save);
    }
}
