package cx.touchpoint.webhook.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import cx.touchpoint.webhook.WebhookEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhooksViewTest extends KaribuTest {

    @Test
    void an_admin_adds_a_subscription_sees_its_secret_once_and_a_bad_url_beside_its_field() {
        login("hooks.view", Role.ADMIN);
        UI.getCurrent().navigate(WebhooksView.class);
        var view = _get(WebhooksView.class);

        view.name.setValue("Bad target");
        view.targetUrl.setValue("file:///etc/passwd");
        view.events.setValue(Set.of(WebhookEvent.ISSUE_CREATED));
        _click(_get(Button.class, spec -> spec.withId("add-webhook")));
        assertThat(view.targetUrl.isInvalid()).isTrue();
        assertThat(view.targetUrl.getErrorMessage()).isEqualTo("Target URL: must start with http:// or https://.");
        assertThat(_size(view.subscriptions)).isZero();

        view.targetUrl.setValue("https://crm.example.com/hooks");
        view.name.setValue("CRM");
        _click(_get(Button.class, spec -> spec.withId("add-webhook")));
        String secret =
                _get(TextField.class, spec -> spec.withId("webhook-secret")).getValue();
        assertThat(secret).startsWith("whsec_");
        assertThat(view.targetUrl.isInvalid()).isFalse();
        assertThat(view.name.getValue()).isEmpty();
        assertThat(_size(view.subscriptions)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.subscriptions, 0)
                        .targetUrl())
                .isEqualTo("https://crm.example.com/hooks");
    }
}
