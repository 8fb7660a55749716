package cx.touchpoint.issue;

/** One reason a response raises an issue: a low cue score, a detractor NPS or a complaint word. */
record Signal(Long cueId, Long touchPointId, Severity severity, String title, String excerpt) {

    Signal merge(Signal other) {
        return new Signal(cueId, touchPointId, severity.max(other.severity), title, excerpt + "\n" + other.excerpt);
    }
}
