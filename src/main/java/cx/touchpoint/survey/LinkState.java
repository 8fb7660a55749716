package cx.touchpoint.survey;

/** What a customer's link leads to. Every state but OPEN reveals nothing about the account. */
public enum LinkState {
    OPEN,
    /** The survey was answered (or the draft approved and sent): the link has done its work. */
    USED,
    /** A draft link whose survey was sent: the review is over and each recipient got their own link. */
    SENT,
    EXPIRED,
    CANCELLED,
    /** No such link, or a malformed one. */
    UNKNOWN
}
