package cx.touchpoint.segment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The segment view's headline figures for the accounts a filter covers (active accounts only).
 *
 * @param segments one entry per {@link Segment}, in the enum's order, zeros included
 * @param revenueAtRisk annual revenue of At-risk and Dangling accounts
 * @param detractorRevenue annual revenue of accounts whose latest relationship survey was a detractor's
 */
public record SegmentOverview(
        List<SegmentFigures> segments,
        BigDecimal totalRevenue,
        BigDecimal revenueAtRisk,
        BigDecimal detractorRevenue,
        EffectiveThresholds thresholds) {

    public SegmentFigures of(Segment segment) {
        return segments.stream().filter(f -> f.segment() == segment).findFirst().orElseThrow();
    }

    public long accounts() {
        return segments.stream().mapToLong(SegmentFigures::accounts).sum();
    }

    public long scoredAccounts() {
        return accounts() - of(Segment.UNSCORED).accounts();
    }
}
