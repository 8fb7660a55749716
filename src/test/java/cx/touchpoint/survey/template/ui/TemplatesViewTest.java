package cx.touchpoint.survey.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.Option;
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

    @Test
    void an_admin_adds_switches_off_and_removes_a_transaction_trigger_with_problems_beside_the_fields() {
        login("templates.view.triggers", Role.ADMIN);
        long invoicing = data.touchPointId("invoicing");
        data.jdbc()
                .sql("insert into survey_template (name, pattern, touch_point_id) values ('View invoice check', 'PAST',"
                        + " :tp)")
                .param("tp", invoicing)
                .update();
        UI.getCurrent().navigate(TemplatesView.class);
        var panel = _get(TemplatesView.class).triggerPanel;
        int before = GridKt._size(panel.grid);

        _click(_get(Button.class, spec -> spec.withId("trigger-add")));
        assertThat(panel.touchPoint.isInvalid()).isTrue();
        assertThat(panel.touchPoint.getErrorMessage()).isEqualTo("Choose the touch point.");
        assertThat(panel.template.getErrorMessage()).isEqualTo("Choose the transaction survey to send.");
        assertThat(GridKt._size(panel.grid)).isEqualTo(before);

        _setValue(panel.touchPoint, option(panel.touchPoint, "Invoicing and payment"));
        _setValue(panel.template, option(panel.template, "View invoice check"));
        _click(_get(Button.class, spec -> spec.withId("trigger-add")));
        assertThat(panel.touchPoint.isInvalid()).isFalse();
        assertThat(GridKt._size(panel.grid)).isEqualTo(before + 1);
        var added = panel.grid
                .getListDataView()
                .getItems()
                .filter(t -> t.template().equals("View invoice check"))
                .findFirst()
                .orElseThrow();
        assertThat(TriggersPanel.status(added)).isEqualTo("On");

        _click(actionButton(panel.grid, added, "trigger-toggle-" + added.id()));
        assertThat(panel.grid
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.id() == added.id())
                        .map(TriggersPanel::status))
                .containsExactly("Off");

        _click(actionButton(
                panel.grid,
                panel.grid
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.id() == added.id())
                        .findFirst()
                        .orElseThrow(),
                "trigger-remove-" + added.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(panel.grid)).isEqualTo(before);
    }

    @Test
    void an_item_is_linked_to_a_service_standard_and_the_link_cleared_again() {
        login("templates.view.standard", Role.ADMIN);
        data.jdbc()
                .sql("insert into service_standard (code, name, cue_id, unit, direction, target_value) values"
                        + " ('editor_reply', 'Editor reply time', (select id from perception_cue where code ="
                        + " 'responsiveness'), 'h', 'LOWER_IS_BETTER', 4)")
                .update();
        UI.getCurrent().navigate(TemplatesView.class);
        _click(_get(Button.class, spec -> spec.withId("new-template")));
        _setValue(_get(TextField.class, spec -> spec.withId("template-name")), "Standard link study");
        _click(_get(Button.class, spec -> spec.withId("template-add-item")));
        _setValue(_get(TextField.class, spec -> spec.withId("template-question-1")), "How fast did we reply?");
        ComboBox<Option> standard = standardBox();
        _setValue(standard, option(standard, "Editor reply time (h)"));
        _click(_get(Button.class, spec -> spec.withId("template-save")));
        assertThat(standardOfTheOnlyItem("Standard link study")).isPositive();

        var view = _get(TemplatesView.class);
        var saved = view.grid
                .getListDataView()
                .getItems()
                .filter(t -> t.name().equals("Standard link study"))
                .findFirst()
                .orElseThrow();
        _click(actionButton(view.grid, saved, "edit-template-" + saved.id()));
        assertThat(standardBox().getValue().name()).isEqualTo("Editor reply time (h)");
        _setValue(standardBox(), null);
        _click(_get(Button.class, spec -> spec.withId("template-save")));
        assertThat(standardOfTheOnlyItem("Standard link study")).isZero();
    }

    /** A button of the row's actions column (rendered components are not in the UI tree until asked for). */
    private static <T> Button actionButton(Grid<T> grid, T row, String id) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).equals(row)) {
                return _get(GridKt._getCellComponent(grid, i, "actions"), Button.class, spec -> spec.withId(id));
            }
        }
        throw new AssertionError("row not in the grid: " + row);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Option> standardBox() {
        return _get(ComboBox.class, spec -> spec.withId("template-standard-1"));
    }

    private static Option option(ComboBox<Option> box, String name) {
        return box.getListDataView()
                .getItems()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The linked standard of the template's only question; 0 = none. */
    private long standardOfTheOnlyItem(String template) {
        return data.jdbc()
                .sql(
                        "select coalesce(i.standard_id, 0) from survey_item i join survey_template t on t.id = i.template_id"
                                + " where t.name = :n and t.retired_at is null")
                .param("n", template)
                .query(Long.class)
                .single();
    }
}
