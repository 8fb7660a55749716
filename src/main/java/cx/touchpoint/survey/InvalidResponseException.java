package cx.touchpoint.survey;

import java.util.List;

/** A response that cannot be stored; lists every problem. Nothing of it was stored. */
public class InvalidResponseException extends RuntimeException {

    private final List<String> problems;

    public InvalidResponseException(List<String> problems) {
        super("The response was not stored: " + String.join("; ", problems) + ".");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
