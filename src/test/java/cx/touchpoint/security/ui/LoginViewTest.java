package cx.touchpoint.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import cx.touchpoint.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void demo_sign_ins_are_hidden_when_demo_data_is_off() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(LoginForm.class).isVisible()).isTrue();
        assertThat(_find(H2.class, spec -> spec.withText("Demo sign-ins"))).isEmpty();
    }
}
