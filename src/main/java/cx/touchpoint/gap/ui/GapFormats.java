package cx.touchpoint.gap.ui;

import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.gap.StandardGap;

/** How gaps read: signed, in the metric's unit ("points" for a percentage), "no data" when there is none. */
public final class GapFormats {

    private GapFormats() {}

    /** A gap on the 1-7 scale, e.g. "-0.13". */
    static String scale(Double gap) {
        return Formats.signed(gap, Figures.SCORE_DECIMALS);
    }

    /** A mean on the 1-7 scale, e.g. "4.49". */
    static String score(Double value) {
        return Formats.score(value);
    }

    /** A gap in the metric's unit and as % of its reference, e.g. "-8.0 points (-8.2 %)". */
    static String unitGap(StandardGap gap, String unit) {
        if (gap.value() == null) {
            return Formats.NO_DATA;
        }
        String value = Formats.signed(gap.value(), Figures.UNIT_DECIMALS) + " " + gapUnit(unit);
        return gap.percentOfReference() == null
                ? value
                : value + " (" + Formats.signed(gap.percentOfReference(), Figures.PERCENT_DECIMALS) + " %)";
    }

    /** A value in the metric's unit, e.g. "90.0 %" or "24.0 h". */
    static String value(Double value, String unit) {
        return Formats.value(value, Figures.UNIT_DECIMALS, unit);
    }

    /** A stored value in a metric's unit, at most two decimals, e.g. "2.39 days". */
    public static String plain(java.math.BigDecimal value, String unit) {
        return value == null
                ? Formats.NO_DATA
                : value.setScale(2, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString() + " " + unit;
    }

    /** "n = 12 answers", "1 answer" style counts, so nobody over-reads three answers. */
    static String count(long count, String noun) {
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return "n = " + Formats.count(count) + " " + (count == 1 ? singular : noun);
    }

    /** Differences of percentages are percentage points. */
    static String gapUnit(String unit) {
        return StandardGap.unitOfGap(unit);
    }

    /** The CSS class that colours a 1-7 scale gap: worse for the customer, better, or no data. */
    static String tone(Double gap) {
        return tone(gap, Figures.SCORE_DECIMALS);
    }

    /** The colour of a gap as it reads at {@code decimals} places, so "0.0" is never red. */
    static String tone(Double gap, int decimals) {
        if (gap == null) {
            return "gap-none";
        }
        return Figures.signum(gap, decimals) < 0 ? "gap-negative" : "gap-positive";
    }
}
