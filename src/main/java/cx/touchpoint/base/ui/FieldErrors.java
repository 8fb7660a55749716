package cx.touchpoint.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.base.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's fields by the names a service uses, and its line for problems about the form as a whole: shows
 * a refusal the one way every form does ({@link InputProblems}).
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
        InputProblems.clear(fields, formError);
        formError.setVisible(false);
    }

    public void show(InvalidInput refused) {
        InputProblems.show(refused, fields, formError);
        formError.setVisible(!formError.getText().isEmpty());
    }
}
