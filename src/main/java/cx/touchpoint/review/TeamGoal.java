package cx.touchpoint.review;

/**
 * An experience goal of a team for the quarter against its actual. {@code actual} is null when no
 * data stands behind it, never 0; {@code met} is null then too.
 *
 * @param metric SUMMARY_SCORE, NPS, SATISFACTION_GAP or OVERDUE_ISSUES
 * @param answers how many answers (or issues) the actual rests on
 */
public record TeamGoal(String team, String metric, double target, Double actual, long answers) {

    /** Whether the actual reaches the target; fewer overdue issues is better, more of the rest. */
    public Boolean met() {
        if (actual == null) {
            return null;
        }
        return metric.equals("OVERDUE_ISSUES") ? actual <= target : actual >= target;
    }
}
