package cx.touchpoint.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.base.InputRejected;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's refusal beside the field it names ({@link InputRejected#field()}), or in the form's own
 * error line when it names none; clears every earlier message first.
 */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph formError = new Paragraph();

    public FieldErrors() {
        formError.addClassName("form-error");
        formError.setVisible(false);
        formError.getElement().setAttribute("role", "alert");
    }

    /** Registers the field a service calls {@code name}. */
    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** The line for messages about the form as a whole; add it to the form. */
    public Paragraph formError() {
        return formError;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        formError.setVisible(false);
    }

    public void show(InputRejected rejected) {
        clear();
        HasValidation field = rejected.field() == null ? null : fields.get(rejected.field());
        if (field == null) {
            formError.setText(rejected.getMessage());
            formError.setVisible(true);
        } else {
            field.setErrorMessage(rejected.getMessage());
            field.setInvalid(true);
        }
    }
}
