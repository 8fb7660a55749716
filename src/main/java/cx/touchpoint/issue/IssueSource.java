package cx.touchpoint.issue;

/** What raised an issue: a survey response, a complaint, or a person on the board. */
public enum IssueSource {
    RESPONSE,
    COMPLAINT,
    MANUAL
}
