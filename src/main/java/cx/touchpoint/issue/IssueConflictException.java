package cx.touchpoint.issue;

/** Someone else changed the issue since it was opened; nothing of this change was saved. */
public class IssueConflictException extends RuntimeException {

    public IssueConflictException(String message) {
        super(message);
    }
}
