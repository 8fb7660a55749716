package cx.touchpoint.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.security.AppUser;
import cx.touchpoint.security.FirstAdmin;
import cx.touchpoint.security.PasswordPolicy;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.UserForm;

/**
 * First start of a real deployment: creates the first admin with the one-time link printed to the log.
 * Open only while no user exists and only with that link's token.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up · Touchpoint")
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver {

    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirm = new PasswordField("Password again");
    final Button create = new Button("Create the first admin");
    private final FieldErrors errors = new FieldErrors();
    private final FirstAdmin firstAdmin;
    private String token;

    SetupView(FirstAdmin firstAdmin) {
        this.firstAdmin = firstAdmin;
        addClassName("setup-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Set up Touchpoint"));
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        if (!firstAdmin.needed()) {
            add(
                    new Paragraph("Touchpoint is set up. Sign in, or ask an admin for an account."),
                    new Anchor("login", "Sign in"));
            return;
        }
        if (!firstAdmin.validToken(token)) {
            add(new Paragraph("This setup link is not valid. Open the link Touchpoint printed to its log at start"
                    + " (\"Create the first admin ... /setup?token=...\"); a new one is printed at every start until an"
                    + " admin exists. Or set TOUCHPOINT_ADMIN_USERNAME and TOUCHPOINT_ADMIN_PASSWORD and restart."));
            return;
        }
        add(new Paragraph("No user exists yet. Create the first admin; they then add teams and users."));
        add(form(), errors.formError(), create);
    }

    private FormLayout form() {
        username.setId("setup-username");
        fullName.setId("setup-full-name");
        email.setId("setup-email");
        password.setId("setup-password");
        confirm.setId("setup-confirm");
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText("lower-case letters, digits, dot, dash or underscore");
        fullName.setMaxLength(AppUser.FULL_NAME_MAX);
        email.setMaxLength(AppUser.EMAIL_MAX);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few words make a good one");
        confirm.setMaxLength(PasswordPolicy.MAX_LENGTH);
        for (var field :
                new com.vaadin.flow.component.HasValue<?, ?>[] {username, fullName, email, password, confirm}) {
            field.setRequiredIndicatorVisible(true);
        }
        errors.field("username", username)
                .field("fullName", fullName)
                .field("email", email)
                .field("password", password)
                .field("confirm", confirm);
        create.setId("create-admin");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> submit());
        var form = new FormLayout(username, fullName, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("420px");
        return form;
    }

    private void submit() {
        try {
            firstAdmin.createWithToken(
                    token,
                    new UserForm(username.getValue(), fullName.getValue(), email.getValue(), Role.ADMIN, null),
                    password.getValue(),
                    confirm.getValue());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (InvalidInput rejected) {
            errors.show(rejected);
        }
    }
}
