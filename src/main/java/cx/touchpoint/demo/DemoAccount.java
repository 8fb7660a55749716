package cx.touchpoint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo account and the story its surveys tell: {@code plan} is the segment it is meant to land
 * in, {@code baseScore} its typical summary experience score on the 1-7 scale.
 */
record DemoAccount(
        long id,
        Plan plan,
        double baseScore,
        int verticalIndex,
        LocalDate customerSince,
        boolean active,
        List<Long> contacts) {

    enum Plan {
        MODEL,
        GROWTH,
        AT_RISK,
        DANGLING,
        /** Model until the last wave, then At-risk: the movement an executive must see. */
        DECLINING,
        /** At-risk until the last wave, then back to Model: a fix that worked. */
        RECOVERING,
        /** A new customer, not yet asked in a relationship survey. */
        UNSCORED,
        DEFECTED
    }

    static final int WAVES = 8;

    /** The typical score in relationship wave {@code wave} (0 = oldest, WAVES-1 = current). */
    double scoreInWave(int wave) {
        boolean last = wave == WAVES - 1;
        return switch (plan) {
            case DECLINING -> last ? 4.0 : 5.8;
            case RECOVERING -> last ? 5.7 : 4.2;
                // experience improves slowly across the company: +0.03 a quarter
            default -> baseScore + 0.03 * (wave - (WAVES - 1));
        };
    }

    boolean isSurveyed() {
        return plan != Plan.UNSCORED;
    }
}
