package cx.touchpoint.survey;

import cx.touchpoint.base.InvalidInput;

/** A survey action that the rules do not allow; the message says why, for the person who tried. */
public class SurveyRuleException extends InvalidInput {

    public SurveyRuleException(String message) {
        super(message);
    }
}
