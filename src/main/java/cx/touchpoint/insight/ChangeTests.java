package cx.touchpoint.insight;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Whether a change between two periods is real, defined once: NPS by a two-sample z-test on the
 * adjusted-Wald variances, means by Welch's t-test; significant when the two-sided p-value is below the
 * company's α, never below the minimum n (docs/INSIGHT.md).
 */
public final class ChangeTests {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private ChangeTests() {}

    /**
     * The NPS change from {@code previous} to {@code current} (MeasuringU, "How to compare Net Promoter
     * Scores"): z = (NPS′₁ − NPS′₂) / √(var₁/n′₁ + var₂/n′₂) with the adjusted-Wald n′, NPS′ and variance of
     * {@link ConfidenceIntervals#nps}. The change reported is of the plain NPS.
     */
    public static Comparison nps(NpsCounts current, NpsCounts previous, ConfidenceLevel level, int minN) {
        Estimate now = ConfidenceIntervals.nps(current, level, minN);
        Estimate before = ConfidenceIntervals.nps(previous, level, minN);
        if (!now.hasValue() || !before.hasValue()) {
            return new Comparison(now, before, null, null, Significance.NO_ANSWERS);
        }
        double change = now.value() - before.value();
        double se = Math.sqrt(adjustedVarianceOfMean(current) + adjustedVarianceOfMean(previous));
        double z = (adjustedNps(current) - adjustedNps(previous)) / se;
        double p = 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
        return new Comparison(now, before, change, p, verdict(change, p, now, before, level));
    }

    /**
     * The change of a mean from {@code previous} to {@code current} by Welch's t-test (unequal variances,
     * Welch–Satterthwaite degrees of freedom), from each period's n, Σx and Σx².
     */
    public static Comparison mean(Sums current, Sums previous, ConfidenceLevel level, int minN) {
        Estimate now = ConfidenceIntervals.mean(current.n(), current.sum(), current.sumOfSquares(), level, minN);
        Estimate before = ConfidenceIntervals.mean(previous.n(), previous.sum(), previous.sumOfSquares(), level, minN);
        if (!now.hasValue() || !before.hasValue()) {
            return new Comparison(now, before, null, null, Significance.NO_ANSWERS);
        }
        double change = now.value() - before.value();
        if (current.n() < 2 || previous.n() < 2) {
            return new Comparison(now, before, change, null, Significance.TOO_FEW);
        }
        double a = ConfidenceIntervals.variance(current.n(), current.sum(), current.sumOfSquares()) / current.n();
        double b = ConfidenceIntervals.variance(previous.n(), previous.sum(), previous.sumOfSquares()) / previous.n();
        if (a + b == 0) {
            // every answer in both periods the same: no test; a difference of constants is no noise
            Significance words = now.lowN() || before.lowN()
                    ? Significance.TOO_FEW
                    : change == 0 ? Significance.WITHIN_NOISE : direction(change);
            return new Comparison(now, before, change, null, words);
        }
        double t = change / Math.sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / (current.n() - 1) + b * b / (previous.n() - 1));
        double p = 2 * (1 - new TDistribution(df).cumulativeProbability(Math.abs(t)));
        return new Comparison(now, before, change, p, verdict(change, p, now, before, level));
    }

    /**
     * The interval of the difference of two means (current − previous), Welch's: difference ±
     * t(df, 1 − α/2)·√(s₁²/n₁ + s₂²/n₂) with the Welch–Satterthwaite df; {@code null} when a period has fewer
     * than two answers.
     */
    public static Interval meanDifference(Sums current, Sums previous, ConfidenceLevel level) {
        if (current.n() < 2 || previous.n() < 2) {
            return null;
        }
        double difference = current.sum() / current.n() - previous.sum() / previous.n();
        double a = ConfidenceIntervals.variance(current.n(), current.sum(), current.sumOfSquares()) / current.n();
        double b = ConfidenceIntervals.variance(previous.n(), previous.sum(), previous.sumOfSquares()) / previous.n();
        if (a + b == 0) {
            return new Interval(difference, difference);
        }
        double df = (a + b) * (a + b) / (a * a / (current.n() - 1) + b * b / (previous.n() - 1));
        double half = ConfidenceIntervals.tQuantile(df, level) * Math.sqrt(a + b);
        return new Interval(difference - half, difference + half);
    }

    /** n, Σx and Σx² of one period's answers. */
    public record Sums(long n, double sum, double sumOfSquares) {}

    private static Significance verdict(double change, double p, Estimate now, Estimate before, ConfidenceLevel level) {
        if (now.lowN() || before.lowN()) {
            return Significance.TOO_FEW;
        }
        return p < level.alpha() ? direction(change) : Significance.WITHIN_NOISE;
    }

    private static Significance direction(double change) {
        return change > 0 ? Significance.SIGNIFICANT_RISE : Significance.SIGNIFICANT_DROP;
    }

    private static double adjustedNps(NpsCounts counts) {
        double n = counts.n() + 3.0;
        return (counts.promoters() + 0.75) / n - (counts.detractors() + 0.75) / n;
    }

    private static double adjustedVarianceOfMean(NpsCounts counts) {
        double n = counts.n() + 3.0;
        double p = (counts.promoters() + 0.75) / n;
        double d = (counts.detractors() + 0.75) / n;
        return ConfidenceIntervals.npsVariance(p, d) / n;
    }
}
