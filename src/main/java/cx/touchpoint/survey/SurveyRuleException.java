package cx.touchpoint.survey;

/** A survey action that the rules do not allow; the message says why, for the person who tried. */
public class SurveyRuleException extends RuntimeException {

    public SurveyRuleException(String message) {
        super(message);
    }
}
