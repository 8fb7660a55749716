package cx.touchpoint.gap.standard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.Option;
import cx.touchpoint.gap.Direction;
import cx.touchpoint.gap.GapFixtures;
import cx.touchpoint.gap.standard.StandardSummary;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StandardsViewTest extends KaribuTest {

    @Test
    void an_admin_creates_a_standard_records_an_actual_and_sees_bad_input_refused() {
        var fixtures = new GapFixtures(data.jdbc());
        login("standards.admin", Role.ADMIN);
        UI.getCurrent().navigate("standards");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("new-standard")));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "on_time_delivery");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "On-time delivery");
        @SuppressWarnings("unchecked")
        ComboBox<Option> cue = _get(ComboBox.class, spec -> spec.withLabel("Perception cue"));
        HasValueUtilsKt._setValue(cue, cue.getListDataView().getItem(1));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Unit")), "%");
        HasValueUtilsKt._setValue(
                _get(BigDecimalField.class, spec -> spec.withLabel("Standard (target value)")), new BigDecimal("120"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-standard")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("The target is a percentage: at most 100.");
        assertThat(fixtures.count("service_standard")).isZero();

        HasValueUtilsKt._setValue(
                _get(BigDecimalField.class, spec -> spec.withLabel("Standard (target value)")), new BigDecimal("98"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-standard")));

        @SuppressWarnings("unchecked")
        Grid<StandardSummary> grid = _get(Grid.class, spec -> spec.withId("standards"));
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("On-time delivery");
        assertThat(GridKt._get(grid, 0).cueName()).isEqualTo("Reliability");

        HasValueUtilsKt._setValue(
                _get(BigDecimalField.class, spec -> spec.withId("actual-value")), new BigDecimal("90"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("record-actual")));

        assertThat(fixtures.count("standard_actual")).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).latestActual()).isEqualByComparingTo("90");
    }

    @Test
    void saving_a_standard_someone_else_changed_meanwhile_is_refused_with_a_message() {
        var fixtures = new GapFixtures(data.jdbc());
        fixtures.standard("on_time", "reliability", "%", Direction.HIGHER_IS_BETTER, "98");
        login("standards.admin2", Role.ADMIN);
        UI.getCurrent().navigate("standards");
        @SuppressWarnings("unchecked")
        Grid<StandardSummary> grid = _get(Grid.class, spec -> spec.withId("standards"));
        grid.select(GridKt._get(grid, 0));

        data.jdbc().sql("update service_standard set version = version + 1").update();
        HasValueUtilsKt._setValue(
                _get(BigDecimalField.class, spec -> spec.withLabel("Standard (target value)")), new BigDecimal("97"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-standard")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .startsWith("Someone else changed this standard since you opened it.");
        assertThat(data.jdbc()
                        .sql("select target_value from service_standard")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("98");
    }
}
