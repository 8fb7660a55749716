package cx.touchpoint.issue;

/**
 * One reason a response needs someone to act, routed on its own: a low cue score (by its cue and touch
 * point), the comment (by its text) or the detractor answer (to the
 * account's owning team). {@code problem} names it in a person's words for the issue title
 * ("reliability 2/7"); {@code excerpt} is the evidence line.
 */
record Signal(Kind kind, Long cueId, Long touchPointId, Severity severity, int score, String problem, String excerpt) {

    /** What kind of answer raised the signal. */
    enum Kind {
        LOW_SCORE,
        COMMENT,
        DETRACTOR
    }
}
