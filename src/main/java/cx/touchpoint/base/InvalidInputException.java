package cx.touchpoint.base;

import java.util.List;

/**
 * Input from another system (the REST API, an imported file) that was refused: an {@link InvalidInput}
 * whose problems also carry the value as given, for the API's {@code errors} and the import's
 * row-by-row report. Nothing of it was stored.
 */
public class InvalidInputException extends InvalidInput {

    private final List<FieldProblem> fieldProblems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream()
                .map(p -> new Problem(p.field(), p.field() + " " + p.message()))
                .toList());
        this.fieldProblems = List.copyOf(problems);
    }

    @Override
    public String getMessage() {
        return String.join(
                "; ",
                fieldProblems.stream().map(p -> p.field() + ": " + p.message()).toList());
    }

    /** Every problem with its field, the value as given and why, in the input's order. */
    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
