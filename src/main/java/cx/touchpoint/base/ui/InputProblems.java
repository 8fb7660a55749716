package cx.touchpoint.base.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import cx.touchpoint.base.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shows refused input the one way every form does: each problem beside its field, the rest in one line. */
public final class InputProblems {

    private InputProblems() {}

    /**
     * Marks the fields named by {@code refused}'s problems invalid with their message, clears the
     * others, and writes the problems without a field (or with a field the form does not show) to
     * {@code general}.
     */
    public static void show(InvalidInput refused, Map<String, ? extends HasValidation> fields, HasText general) {
        clear(fields, general);
        List<String> rest = new ArrayList<>();
        for (var problem : refused.problems()) {
            HasValidation field = problem.field() == null ? null : fields.get(problem.field());
            if (field == null) {
                rest.add(problem.message());
            } else {
                field.setErrorMessage(
                        field.isInvalid() ? field.getErrorMessage() + " " + problem.message() : problem.message());
                field.setInvalid(true);
            }
        }
        general.setText(String.join(" ", rest));
    }

    /** Clears every field's and the general message. */
    public static void clear(Map<String, ? extends HasValidation> fields, HasText general) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        general.setText("");
    }
}
