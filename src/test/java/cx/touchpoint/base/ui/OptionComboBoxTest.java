package cx.touchpoint.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing a record that names a retired item keeps it; new records are not offered retired items. */
class OptionComboBoxTest {

    private final List<Option> touchPoints =
            List.of(new Option(1, "Delivery"), new Option(2, "Fax order (retired)"), new Option(3, "Invoice"));

    @Test
    void a_record_naming_a_retired_item_keeps_it_selected_and_offered() {
        var box = new OptionComboBox("Touch point");
        box.setOptions(touchPoints, 2L);

        assertThat(box.selectedId()).isEqualTo(2L);
        assertThat(box.getListDataView().getItems().map(Option::name))
                .containsExactly("Delivery", "Fax order (retired)", "Invoice");
    }

    @Test
    void a_new_record_is_offered_only_current_items() {
        var box = new OptionComboBox("Touch point");
        box.setOptions(touchPoints, null);

        assertThat(box.selectedId()).isNull();
        assertThat(box.getListDataView().getItems().map(Option::name)).containsExactly("Delivery", "Invoice");
    }
}
