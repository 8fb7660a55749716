package cx.touchpoint.segment;

import java.math.BigDecimal;

/**
 * The numbers on one segment card, for the accounts the filter covers.
 *
 * @param shareOfRevenue this segment's share (0-100) of the covered accounts' revenue; {@code null}
 *     when they have no revenue
 * @param detractors accounts whose latest relationship survey gave 0-6 on likelihood to recommend
 * @param detractorRevenue the annual revenue of those detractors
 */
public record SegmentFigures(
        Segment segment,
        long accounts,
        BigDecimal revenue,
        BigDecimal potentialRevenue,
        Double shareOfRevenue,
        long detractors,
        BigDecimal detractorRevenue) {

    static SegmentFigures empty(Segment segment) {
        return new SegmentFigures(segment, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, 0, BigDecimal.ZERO);
    }
}
