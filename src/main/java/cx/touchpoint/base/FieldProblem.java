package cx.touchpoint.base;

/**
 * What is wrong with one input field: its name (the API's JSON field, the CSV column's field), the
 * value as given (may be empty) and why it was refused, in words a person can act on.
 */
public record FieldProblem(String field, String value, String message) {

    public FieldProblem {
        value = value == null ? "" : value;
    }
}
