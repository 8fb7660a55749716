package cx.touchpoint.insight;

/**
 * The NPS answers of one scope and period: promoters (9-10), passives (7-8), detractors (0-6), as the
 * summaries count them ({@code nps_promoter}, {@code nps_detractor}, R__nps.sql).
 */
public record NpsCounts(long promoters, long passives, long detractors) {

    public static final NpsCounts NONE = new NpsCounts(0, 0, 0);

    public NpsCounts {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
    }

    /** The answers: promoters + passives + detractors. */
    public long n() {
        return promoters + passives + detractors;
    }

    /** The plain NPS, % promoters − % detractors (−100..100); {@code null} without answers, never 0. */
    public Double nps() {
        return n() == 0 ? null : 100.0 * (promoters - detractors) / n();
    }
}
