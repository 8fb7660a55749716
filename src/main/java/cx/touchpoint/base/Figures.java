package cx.touchpoint.base;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure is rounded, defined once: SQL returns exact values, and a figure is rounded once,
 * from its exact value, half away from zero (45.5 → 46, −45.5 → −46), where it is shown — views,
 * CSV files and the API alike. The decimals of each kind of figure are the constants below.
 *
 * <p>The exact value is read as its shortest decimal form ({@link BigDecimal#valueOf(double)}), so
 * 2.675, which a {@code double} holds as 2.67499999..., rounds to 2.68 as a person would expect.
 */
public final class Figures {

    /** NPS (−100..+100) is shown as a whole number: 11 answers giving 45.45 read "+45". */
    public static final int NPS_DECIMALS = 0;

    /** Scores and gaps on the 1-7 scale. */
    public static final int SCORE_DECIMALS = 2;

    /** Shares and percentages, e.g. a segment's share of revenue. */
    public static final int PERCENT_DECIMALS = 1;

    /** Values in a service standard's unit (hours, days, %) and durations. */
    public static final int UNIT_DECIMALS = 1;

    private Figures() {}

    /** {@code value} rounded once to {@code decimals} places, half away from zero; {@code null} stays null. */
    public static BigDecimal round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        // BigDecimal has no negative zero, so -0.004 becomes 0.00, never "-0.00"
        return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : rounded;
    }

    /** The rounded value as plain digits ("45", "-45", "4.50"), e.g. for a CSV cell; {@code null} stays null. */
    public static String plain(Double value, int decimals) {
        BigDecimal rounded = round(value, decimals);
        return rounded == null ? null : rounded.toPlainString();
    }

    /** The rounded value with its sign ("+45", "-45", "0"): NPS and gaps; {@code null} stays null. */
    public static String signed(Double value, int decimals) {
        BigDecimal rounded = round(value, decimals);
        if (rounded == null) {
            return null;
        }
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    /** The sign of the value as shown at {@code decimals} places: −1, 0 or +1 (0 for {@code null}). */
    public static int signum(Double value, int decimals) {
        BigDecimal rounded = round(value, decimals);
        return rounded == null ? 0 : rounded.signum();
    }

    /** An NPS as shown and exported: a whole number, e.g. 45.45 → 45, −45.45 → −45. */
    public static BigDecimal nps(Double nps) {
        return round(nps, NPS_DECIMALS);
    }

    /** A 1-7 score as shown and exported, two decimals. */
    public static BigDecimal score(Double score) {
        return round(score, SCORE_DECIMALS);
    }
}
