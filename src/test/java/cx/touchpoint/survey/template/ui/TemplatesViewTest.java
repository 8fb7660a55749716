package cx.touchpoint.survey.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class TemplatesViewTest extends KaribuTest {

    @Test
    void an_admin_creates_a_template_and_is_warned_above_twelve_questions() {
        login("templates.view.admin", Role.ADMIN);
        UI.getCurrent().navigate(TemplatesView.class);
        var view = _get(TemplatesView.class);
        int before = GridKt._size(view.grid);

        _click(_get(Button.class, spec -> spec.withId("new-template")));
        _setValue(_get(TextField.class, spec -> spec.withId("template-name")), "Thirteen questions study");
        for (int i = 1; i <= 13; i++) {
            _click(_get(Button.class, spec -> spec.withId("template-add-item")));
            int n = i;
            _setValue(_get(TextField.class, spec -> spec.withId("template-question-" + n)), "Question number " + n);
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("template-warning"))
                        .getText())
                .startsWith("13 questions: more than 12");
        _click(_get(Button.class, spec -> spec.withId("template-save")));

        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        assertThat(view.grid.getListDataView().getItems())
                .anyMatch(t -> t.name().equals("Thirteen questions study") && t.items() == 13);
    }
}
