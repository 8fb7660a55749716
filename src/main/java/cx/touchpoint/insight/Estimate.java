package cx.touchpoint.insight;

/**
 * A figure with its n and confidence interval, exact (views round once where they show it).
 *
 * @param value the point shown: plain NPS, mean, share; {@code null} when there are no answers, never 0
 * @param n the answers behind it
 * @param interval the confidence interval at {@code level}; {@code null} without answers or when it
 *     cannot be computed (a mean of one answer)
 * @param level the confidence level of the interval
 * @param lowN {@code n} is below the company's minimum: shown marked "low n", never called significant
 */
public record Estimate(Double value, long n, Interval interval, ConfidenceLevel level, boolean lowN) {

    /** No answers: no value, no interval. */
    public static Estimate none(ConfidenceLevel level) {
        return new Estimate(null, 0, null, level, true);
    }

    public boolean hasValue() {
        return value != null;
    }
}
