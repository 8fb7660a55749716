package cx.touchpoint.gap;

import java.math.BigDecimal;

/** A manager's estimate of one item: expected 1-7, and the expected value for items linked to a standard. */
public record EstimateAnswer(long itemId, Integer expected, BigDecimal expectedValue) {

    public static final int MIN = 1;
    public static final int MAX = 7;
}
