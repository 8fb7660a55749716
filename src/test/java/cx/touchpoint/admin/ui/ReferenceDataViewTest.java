package cx.touchpoint.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class ReferenceDataViewTest extends KaribuTest {

    @Test
    void a_cue_name_in_use_is_shown_beside_the_name_field_and_the_dialog_stays_open() {
        login("ref.view", Role.ADMIN);
        UI.getCurrent().navigate(ReferenceDataView.class);

        _click(_get(Button.class, spec -> spec.withId("new-cue")));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-name")), "Access");
        _click(_get(Button.class, spec -> spec.withId("save-reference")));

        var name = _get(TextField.class, spec -> spec.withId("reference-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another perception cue has this name.");
        assertThat(_get(ReferenceDialog.class).isOpened()).isTrue();
    }
}
