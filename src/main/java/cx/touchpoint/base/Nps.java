package cx.touchpoint.base;

/**
 * The Net Promoter Score, defined once: % promoters (9-10) minus % detractors (0-6) of the 0-10
 * answers, exact (not rounded: {@link Figures} rounds once where it is shown); {@code null} when there
 * are no answers, never 0.
 */
public final class Nps {

    private Nps() {}

    /** The SQL aggregate of the NPS over {@code column} (a 0-10 answer, nulls ignored). */
    public static String of(String column) {
        return "(100.0 * (count(" + column + ") filter (where " + column + " >= 9) - count(" + column
                + ") filter (where " + column + " <= 6)) / nullif(count(" + column + "), 0))";
    }
}
