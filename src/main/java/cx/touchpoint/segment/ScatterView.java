package cx.touchpoint.segment;

import java.util.List;

/**
 * What the segment scatter draws: every scored account as a point while there are at most
 * {@link #POINTS_MAX} of them, otherwise one bubble per {@link ScatterCell}, so a browser session
 * never holds thousands of points.
 */
public record ScatterView(List<AccountPoint> points, List<ScatterCell> cells) {

    public static final int POINTS_MAX = 1_000;

    public boolean isBinned() {
        return !cells.isEmpty();
    }
}
