package cx.touchpoint.survey;

import cx.touchpoint.base.InvalidInput;
import java.util.List;

/** A response that cannot be stored; lists every problem. Nothing of it was stored. */
public class InvalidResponseException extends InvalidInput {

    public InvalidResponseException(List<String> problems) {
        super(problems.stream().map(message -> new Problem(null, message)).toList());
    }

    @Override
    public String getMessage() {
        return "The response was not stored: " + String.join("; ", messages()) + ".";
    }

    /** Every problem, in words for the person who answered. */
    public List<String> messages() {
        return problems().stream().map(Problem::message).toList();
    }
}
