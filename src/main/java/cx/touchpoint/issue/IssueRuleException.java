package cx.touchpoint.issue;

/** A change the issue's rules do not allow; the message says why, in the user's words. */
public class IssueRuleException extends RuntimeException {

    public IssueRuleException(String message) {
        super(message);
    }
}
