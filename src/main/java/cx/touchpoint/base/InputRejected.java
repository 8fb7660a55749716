package cx.touchpoint.base;

/**
 * Input a service refused, naming the form field it is about ({@code null}: the form as a whole) and
 * what to change, so the form shows the message beside that field. Nothing was stored.
 */
public class InputRejected extends RuntimeException {

    private final String field;

    public InputRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the message belongs beside, or {@code null} for the form as a whole. */
    public String field() {
        return field;
    }
}
