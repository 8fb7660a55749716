package cx.touchpoint.survey;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import java.util.List;

/**
 * A response's id in its source ({@code responseId}) is already the id of a response of another account:
 * refused (the REST API answers 409), never taken for "already stored". Lists every problem of the response.
 */
public class ResponseIdTakenException extends InvalidInputException {

    public ResponseIdTakenException(List<FieldProblem> problems) {
        super(problems);
    }
}
