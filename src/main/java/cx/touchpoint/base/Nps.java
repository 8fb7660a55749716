package cx.touchpoint.base;

/**
 * The Net Promoter Score, defined once: % promoters (9-10) minus % detractors (0-6) of the 0-10
 * answers, exact (not rounded: {@link Figures} rounds once where it is shown); {@code null} when there
 * are no answers, never 0. Who is a promoter or a detractor is the SQL functions {@code nps_promoter}
 * and {@code nps_detractor} (R__nps.sql), which the summaries ({@code response_month}) count with too.
 */
public final class Nps {

    /** The highest answer of a detractor; the same rule as the SQL function {@code nps_detractor}. */
    public static final int DETRACTOR_MAX = 6;

    /** The lowest answer of a promoter; the same rule as the SQL function {@code nps_promoter}. */
    public static final int PROMOTER_MIN = 9;

    private Nps() {}

    /** Whether a 0-10 answer is a detractor's (0-{@value #DETRACTOR_MAX}). */
    public static boolean detractor(int answer) {
        return answer <= DETRACTOR_MAX;
    }

    /** The SQL aggregate of the NPS over {@code column} (a 0-10 answer, nulls ignored). */
    public static String of(String column) {
        return "(100.0 * (count(" + column + ") filter (where nps_promoter(" + column + ")) - count(" + column
                + ") filter (where nps_detractor(" + column + "))) / nullif(count(" + column + "), 0))";
    }

    /**
     * The SQL aggregate of the NPS over summary rows that carry counts ({@code response_month}: columns
     * {@code promoters}, {@code detractors}, {@code nps_answers} of alias {@code alias}); exact, like
     * {@link #of}.
     */
    public static String ofCounts(String alias) {
        return "(100.0 * (sum(" + alias + ".promoters) - sum(" + alias + ".detractors)) / nullif(sum(" + alias
                + ".nps_answers), 0))";
    }
}
