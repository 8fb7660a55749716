package cx.touchpoint.gap;

import cx.touchpoint.base.InvalidInput;
import java.util.List;

/** A change to standards, actuals, promises or estimates that was refused; the problems say why, for a person. */
public class ChangeRejected extends InvalidInput {

    public ChangeRejected(String message) {
        super(message);
    }

    public ChangeRejected(List<Problem> problems) {
        super(problems);
    }
}
