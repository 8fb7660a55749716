package cx.touchpoint.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import cx.touchpoint.base.Option;
import java.util.List;

/** A choice among {@link Option}s, read and set by id; clearable (no choice = null). */
public class OptionComboBox extends ComboBox<Option> {

    public OptionComboBox(String label) {
        super(label);
        setItemLabelGenerator(Option::name);
        setClearButtonVisible(true);
    }

    /**
     * Offers {@code options} and selects the one with {@code selectedId} (none when null or absent). A retired
     * item ({@link Option#retired}) is offered only when it is the record's own value, so editing a
     * record that names a retired item keeps it instead of silently clearing the field.
     */
    public void setOptions(List<Option> options, Long selectedId) {
        setItems(options.stream()
                .filter(o -> !o.retired() || (selectedId != null && o.id() == selectedId))
                .toList());
        selectId(selectedId);
    }

    /** Selects the offered option with this id, or nothing when no offered option has it. */
    public void selectId(Long id) {
        setValue(getListDataView()
                .getItems()
                .filter(option -> id != null && option.id() == id)
                .findFirst()
                .orElse(null));
    }

    /** The chosen option's id, or null. */
    public Long selectedId() {
        return getValue() == null ? null : getValue().id();
    }
}
