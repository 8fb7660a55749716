package cx.touchpoint.segment;

import java.math.BigDecimal;

/**
 * The thresholds in force, with the median resolved.
 *
 * @param revenueIsMedian true when no revenue threshold is set and the median annual revenue of active
 *     accounts applies
 */
public record EffectiveThresholds(
        BigDecimal score, BigDecimal revenue, boolean revenueIsMedian, BigDecimal growthHeadroomRatio) {}
