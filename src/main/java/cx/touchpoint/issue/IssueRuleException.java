package cx.touchpoint.issue;

import cx.touchpoint.base.InvalidInput;
import java.util.List;

/** A change the issue's rules do not allow; the problems say why, in the user's words. */
public class IssueRuleException extends InvalidInput {

    public IssueRuleException(String message) {
        super(message);
    }

    public IssueRuleException(List<Problem> problems) {
        super(problems);
    }
}
