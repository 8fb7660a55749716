package cx.touchpoint.issue;

/** An issue a person raises by hand: from an account, a response or the board. */
public record ManualIssue(
        Long accountId, Long cueId, Long touchPointId, Severity severity, String title, String description) {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int COMMENT_MAX = 4000;
}
