package cx.touchpoint.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once, for the admin to pass on; the person replaces it at their next sign-in. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setHeaderTitle("One-time password for " + username);
        var value = new Span(password);
        value.setId("one-time-password");
        value.addClassName("one-time-password");
        add(
                new Paragraph("Pass this password on to " + username + " in person or by phone. It is shown only"
                        + " now; at their next sign-in they choose their own."),
                value);
        var done = new Button("Done", e -> close());
        done.setId("one-time-password-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
