package cx.touchpoint.gap;

/**
 * One of gaps 1-5 of a service standard in the metric's unit, signed so that negative = the customer
 * gets less than the reference (the link it is measured from: the customers' expectation for gaps 1
 * and 2, the standard for 3, the promise for 4, the actual for 5). {@code count}: answers, estimates
 * or months behind it (see {@link GapKind#countNoun()}). {@code null} values = no data.
 */
public record StandardGap(GapKind kind, Double value, Double reference, long count) {

    /** The unit a gap between two values in {@code unit} reads in: differences of percentages are percentage points. */
    public static String unitOfGap(String unit) {
        return "%".equals(unit) ? "points" : unit;
    }

    /**
     * The gap as a percentage of its reference, where that reads as a proportion: only when the gap is
     * at most as large as the reference itself (up to ±100 %). Against a reference near zero — a
     * first reply promised within 1 hour, given after 23.6 — a percentage says nothing a CX analyst
     * can use (−2,261 %); the gap is then shown in the metric's unit only and this is {@code null}.
     * Also {@code null} without data or with a zero reference.
     */
    public Double percentOfReference() {
        Double share = shareOfReference();
        return share == null || Math.abs(share) > 1 ? null : 100 * share;
    }

    /**
     * The gap divided by the size of its reference (−0.08 = 8 % short; −22.6 = 22.6 times the
     * reference short), {@code null} without data or with a zero reference. What ranks standards
     * measured in different units against each other; never shown.
     */
    public Double shareOfReference() {
        if (value == null || reference == null || reference == 0) {
            return null;
        }
        return value / Math.abs(reference);
    }
}
