package cx.touchpoint.insight;

import cx.touchpoint.base.Quarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** NPS per quarter with n, interval and each quarter's change from the one before, gaps kept. */
public final class NpsTrends {

    private NpsTrends() {}

    /**
     * One point per quarter of {@code quarters} (oldest first), those without answers included as gaps;
     * each compared with the quarter before it by {@link ChangeTests#nps}.
     */
    public static List<TrendPoint> quarterly(
            List<Quarter> quarters, Map<LocalDate, NpsCounts> counts, InsightSettings settings) {
        List<TrendPoint> points = new ArrayList<>();
        NpsCounts previous = NpsCounts.NONE;
        for (Quarter quarter : quarters) {
            NpsCounts these = counts.getOrDefault(quarter.start(), NpsCounts.NONE);
            Comparison change = ChangeTests.nps(these, previous, settings.level(), settings.minN());
            points.add(new TrendPoint(quarter.start(), quarter.label(), these, change.current(), change));
            previous = these;
        }
        return points;
    }
}
