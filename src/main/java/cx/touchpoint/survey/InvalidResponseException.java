package cx.touchpoint.survey;

import cx.touchpoint.base.InvalidInput;
import java.util.List;

/** A response that cannot be stored; lists every problem. Nothing of it was stored. */
public class InvalidResponseException extends InvalidInput {

    public InvalidResponseException(List<String> problems) {
        super(problems.stream().map(message -> new Problem(null, message)).toList());
    }

    private InvalidResponseException(List<Problem> problems, boolean withFields) {
        super(problems);
    }

    /**
     * Problems that name their field ({@link NewResponse#NPS_FIELD}, {@link NewResponse#COMMENT_FIELD},
     * {@link NewResponse.Answer#field}) where there is one, so a form can show each beside its field.
     */
    public static InvalidResponseException of(List<Problem> problems) {
        return new InvalidResponseException(problems, true);
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
