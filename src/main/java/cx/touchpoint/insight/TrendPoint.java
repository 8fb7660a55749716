package cx.touchpoint.insight;

import java.time.LocalDate;

/**
 * One period of a trend: its NPS with n and interval, and whether it moved from the period before.
 *
 * @param periodStart the first day of the period (a quarter)
 * @param label "2026 Q2"
 * @param counts the answers behind it; {@link NpsCounts#NONE} for a period without answers (a gap in the
 *     chart, never a zero and never joined to its neighbours)
 * @param estimate the NPS, n and interval
 * @param change against the period before in the same trend ({@link Significance#NO_ANSWERS} for the
 *     first, or when either has no answers)
 */
public record TrendPoint(LocalDate periodStart, String label, NpsCounts counts, Estimate estimate, Comparison change) {

    public boolean hasAnswers() {
        return estimate.hasValue();
    }
}
