package cx.touchpoint.review;

/**
 * One of the six value gaps where it is widest: the cue (gaps 1 and 6) or service standard (gaps
 * 2-5) with the largest shortfall. Negative = worse for the customer; {@code value} null = no data.
 *
 * @param unit the unit of {@code value}: "points" on the 1-7 scale, or the standard's unit
 * @param percent the gap as % of its reference (standards only, where meaningful:
 *     {@link cx.touchpoint.gap.StandardGap#percentOfReference()}; null for the cue gaps)
 * @param count how many answers, estimates or months stand behind it, named by {@code countNoun}
 * @param decimals the places {@code value} is shown with, as on the gaps page: {@link
 *     cx.touchpoint.base.Figures#SCORE_DECIMALS} on the 1-7 scale, {@link
 *     cx.touchpoint.base.Figures#UNIT_DECIMALS} in a standard's unit
 */
public record ReviewGap(
        int number,
        String name,
        String where,
        Double value,
        String unit,
        Double percent,
        long count,
        String countNoun,
        int decimals) {}
