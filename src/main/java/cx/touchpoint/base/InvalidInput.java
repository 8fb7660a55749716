package cx.touchpoint.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a service refused, with every problem found at once; nothing was stored. Forms show each
 * problem beside its field ({@link Problem#field()}), the others above the buttons. Services check
 * input records with Bean Validation through {@link InputValidator} and add the checks that need
 * the database (a name taken, a position in use) to the same list.
 */
public class InvalidInput extends RuntimeException {

    /** One problem, in words for the person: {@code field} is the record component, null for the whole input. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidInput needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Refused as a whole, for one reason. */
    public InvalidInput(String message) {
        this(List.of(new Problem(null, message)));
    }

    /** Refused for one reason about one field. */
    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Problem(field, message)));
    }

    /** Every problem, in the order of the input's fields. */
    public List<Problem> problems() {
        return problems;
    }
}
