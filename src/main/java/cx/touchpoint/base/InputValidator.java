package cx.touchpoint.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks an input record's Bean Validation constraints ({@code @Size}, {@code @Min}, ...), the one
 * place its limits are written, and reports every violation as a {@link InvalidInput.Problem} named
 * after the record component, in the record's order.
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** The problems of {@code input}, in the order of its components; empty when it is valid. */
    public List<InvalidInput.Problem> problems(Object input) {
        List<String> order = input.getClass().isRecord()
                ? Arrays.stream(input.getClass().getRecordComponents())
                        .map(c -> c.getName())
                        .toList()
                : List.of();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> position(order, field(v)))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> problems.add(new InvalidInput.Problem(field(v), v.getMessage())));
        return problems;
    }

    /** Throws {@link InvalidInput} with every problem of {@code input} and {@code more}, if there are any. */
    public void check(Object input, List<InvalidInput.Problem> more) {
        List<InvalidInput.Problem> all = new ArrayList<>(problems(input));
        all.addAll(more);
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
    }

    /** Throws {@link InvalidInput} with every problem of {@code input}, if there are any. */
    public void check(Object input) {
        check(input, List.of());
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int end = path.indexOf('[') >= 0 ? path.indexOf('[') : path.indexOf('.');
        return end < 0 ? path : path.substring(0, end);
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
