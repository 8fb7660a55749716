package cx.touchpoint.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a new subscription's signing secret, the only time it is shown. */
class SecretDialog extends Dialog {

    SecretDialog(String subscription, String secret) {
        setHeaderTitle("Signing secret of " + subscription);
        var field = new TextField("Secret");
        field.setId("webhook-secret");
        field.setValue(secret);
        field.setReadOnly(true);
        field.setWidth("32em");
        add(
                new Paragraph("Copy it into the receiving system now: Touchpoint does not show it again. Each"
                        + " delivery carries Touchpoint-Signature: t=<time>,v1=<HMAC-SHA256 of the time, a dot and"
                        + " the body, with this secret>; refuse a time more than 5 minutes from your clock."),
                field);
        var close = new Button("I have copied it", e -> close());
        close.setId("close-secret");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
