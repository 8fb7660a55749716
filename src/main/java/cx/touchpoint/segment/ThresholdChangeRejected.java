package cx.touchpoint.segment;

import cx.touchpoint.base.InvalidInput;

/**
 * Segment thresholds were not saved: the input broke a rule, or someone else saved other thresholds
 * meanwhile ({@link #isConflict()}). The message says what to do, in the user's words.
 */
public class ThresholdChangeRejected extends InvalidInput {

    private final boolean conflict;

    ThresholdChangeRejected(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    public boolean isConflict() {
        return conflict;
    }
}
