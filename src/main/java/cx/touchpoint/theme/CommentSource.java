package cx.touchpoint.theme;

/** Where a comment came from: a survey response's comment, or a complaint received outside surveys. */
public enum CommentSource {
    RESPONSE,
    COMPLAINT
}
