package cx.touchpoint.gap;

/** A change to standards, actuals, promises or estimates that was refused; the message says why, for a person. */
public class ChangeRejected extends RuntimeException {

    public ChangeRejected(String message) {
        super(message);
    }
}
