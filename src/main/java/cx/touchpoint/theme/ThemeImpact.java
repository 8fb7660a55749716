package cx.touchpoint.theme;

/**
 * What a theme does to the likelihood to recommend, and whether it is rising. The impact is the mean
 * likelihood to recommend (0-10) of the comments with the theme minus that of the other analysed comments, with
 * a 95 % Welch interval; it is told only when both sides have at least {@link #MIN_N} answers ("too few to
 * tell" otherwise). A theme is emerging when its share of the comments of the last 90 days is above its share
 * of the 90 days before and a two-proportion z-test says so at 95 % (|z| ≥ 1.96), with at least {@link #MIN_N}
 * comments in the last 90 days.
 *
 * @param difference mean with minus mean without, points on the 0-10 scale; null when too few
 * @param low lower end of the 95 % interval of the difference; null when too few
 * @param high upper end; null when too few
 */
public record ThemeImpact(Double difference, Double low, Double high, boolean emerging) {

    public static final int MIN_N = 10;
    static final double Z95 = 1.959964;

    static ThemeImpact of(ThemeSummary t) {
        Double difference = null;
        Double low = null;
        Double high = null;
        if (t.withN() >= MIN_N && t.withoutN() >= MIN_N && t.withMean() != null && t.withoutMean() != null) {
            difference = t.withMean() - t.withoutMean();
            double se = Math.sqrt(sq(t.withSd()) / t.withN() + sq(t.withoutSd()) / t.withoutN());
            low = difference - Z95 * se;
            high = difference + Z95 * se;
        }
        return new ThemeImpact(difference, low, high, emerging(t));
    }

    /** Whether the interval excludes zero: the theme moves the likelihood to recommend. */
    public boolean significant() {
        return low != null && (low > 0 || high < 0);
    }

    private static boolean emerging(ThemeSummary t) {
        if (t.recent() < MIN_N || t.recentAll() == 0 || t.previousAll() == 0) {
            return false;
        }
        double p1 = (double) t.recent() / t.recentAll();
        double p0 = (double) t.previous() / t.previousAll();
        double pooled = (double) (t.recent() + t.previous()) / (t.recentAll() + t.previousAll());
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / t.recentAll() + 1.0 / t.previousAll()));
        return p1 > p0 && se > 0 && (p1 - p0) / se >= Z95;
    }

    private static double sq(Double sd) {
        return sd == null ? 0 : sd * sd;
    }
}
