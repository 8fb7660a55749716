package cx.touchpoint.segment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The thresholds that place accounts in segments, as stored. The limits match the CHECK
 * constraints of {@code segment_threshold}; the editor reads the same constants.
 *
 * @param score summary experience score (1-7) at or above which the experience counts as good
 * @param revenue annual revenue at or above which revenue counts as good; {@code null} = the median
 *     annual revenue of active accounts
 * @param growthHeadroomRatio potential minus current revenue, as a share of current revenue, from
 *     which a happy account is Growth (0.50 = 50 %)
 * @param version optimistic-locking version of the row
 */
public record SegmentThresholds(
        @NotNull(message = "Enter a score threshold.")
                @DecimalMin(value = MIN_SCORE, message = "The score threshold must be between 1 and 7.")
                @DecimalMax(value = MAX_SCORE, message = "The score threshold must be between 1 and 7.")
                @Digits(integer = 1, fraction = 2, message = "Use at most two decimals for the score threshold.")
                BigDecimal score,
        @DecimalMin(value = "0", message = "The revenue threshold cannot be negative; leave it empty for the median.")
                @Digits(integer = 12, fraction = 2, message = "The revenue threshold is too large.")
                BigDecimal revenue,
        @NotNull(message = "Enter a growth headroom.")
                @DecimalMin(value = "0", inclusive = false, message = "The growth headroom must be more than 0 %.")
                @DecimalMax(value = MAX_HEADROOM_RATIO, message = "The growth headroom can be at most 999 %.")
                @Digits(integer = 3, fraction = 2, message = "Use at most whole percents for the growth headroom.")
                BigDecimal growthHeadroomRatio,
        int version) {

    public static final String MIN_SCORE = "1.00";
    public static final String MAX_SCORE = "7.00";
    public static final String MAX_HEADROOM_RATIO = "9.99";

    /** The thresholds in one line, as the audit log keeps them. */
    public String describe() {
        return "score " + (score == null ? "none" : score.toPlainString()) + " · revenue "
                + (revenue == null
                        ? "the median"
                        : "$" + revenue.stripTrailingZeros().toPlainString())
                + " · growth headroom "
                + (growthHeadroomRatio == null
                        ? "none"
                        : growthHeadroomRatio
                                        .movePointRight(2)
                                        .stripTrailingZeros()
                                        .toPlainString() + " %");
    }
}
