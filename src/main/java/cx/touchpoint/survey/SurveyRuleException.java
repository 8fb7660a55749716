package cx.touchpoint.survey;

import cx.touchpoint.base.InvalidInput;
import java.util.List;

/** A survey action that the rules do not allow; the message says why, for the person who tried. */
public class SurveyRuleException extends InvalidInput {

    public SurveyRuleException(String message) {
        super(message);
    }

    /** Refused for one reason about one field of the form (e.g. {@link DraftReview#NOTE_FIELD}). */
    public SurveyRuleException(String field, String message) {
        super(List.of(new Problem(field, message)));
    }

    /** Refused for several reasons at once. */
    public SurveyRuleException(List<Problem> problems) {
        super(problems);
    }
}
