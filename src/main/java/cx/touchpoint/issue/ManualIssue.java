package cx.touchpoint.issue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An issue a person raises by hand: from an account, a response or the board. Text is trimmed. */
public record ManualIssue(
        @NotNull(message = "Account: choose the customer account the issue is about.") Long accountId,
        Long cueId,
        Long touchPointId,
        @NotNull(message = "Severity: choose how badly the customer is affected.") Severity severity,
        @Size(min = TITLE_MIN, max = TITLE_MAX, message = "Title: " + TITLE_MIN + " to " + TITLE_MAX + " characters.")
                String title,
        @Size(max = DESCRIPTION_MAX, message = "Description: at most " + DESCRIPTION_MAX + " characters.")
                String description) {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int COMMENT_MAX = 4000;

    public ManualIssue {
        title = title == null ? "" : title.trim();
        description = description == null ? "" : description.trim();
    }
}
