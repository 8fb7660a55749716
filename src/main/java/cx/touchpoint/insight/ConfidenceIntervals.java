package cx.touchpoint.insight;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The confidence intervals of Touchpoint's figures, defined once (docs/INSIGHT.md explains each with its
 * source). Every method takes counts and sums, so the figures' intervals come from the summaries' counts.
 */
public final class ConfidenceIntervals {

    private ConfidenceIntervals() {}

    /**
     * The NPS (−100..100) with its adjusted-Wald interval (Rocks 2016; Sauro, MeasuringU "Confidence
     * intervals for Net Promoter Scores"): n′ = n + 3, p′ = (promoters + ¾)/n′, d′ = (detractors + ¾)/n′,
     * interval = 100·((p′ − d′) ± z·√((p′ + d′ − (p′ − d′)²)/n′)), clipped to [−100, 100]. The value is the
     * plain NPS; the interval is centred on the adjusted NPS′, as the method says.
     *
     * @param minN below it the estimate is marked low n (it still has its interval)
     */
    public static Estimate nps(NpsCounts counts, ConfidenceLevel level, int minN) {
        long n = counts.n();
        if (n == 0) {
            return Estimate.none(level);
        }
        double adjustedN = n + 3.0;
        double p = (counts.promoters() + 0.75) / adjustedN;
        double d = (counts.detractors() + 0.75) / adjustedN;
        double half = level.z() * Math.sqrt(npsVariance(p, d) / adjustedN);
        double centre = p - d;
        var interval = new Interval(clip(100 * (centre - half)), clip(100 * (centre + half)));
        return new Estimate(counts.nps(), n, interval, level, n < minN);
    }

    /** The variance of one answer's promoter (+1) / detractor (−1) score: p + d − (p − d)². */
    static double npsVariance(double promoterShare, double detractorShare) {
        return promoterShare + detractorShare - Math.pow(promoterShare - detractorShare, 2);
    }

    /**
     * A mean (e.g. a 1-7 score) with its t-interval, mean ± t(n−1, 1−α/2)·s/√n, from n, Σx and Σx².
     * With one answer there is no interval; with no variance (every answer the same) the interval is the
     * mean itself.
     */
    public static Estimate mean(long n, double sum, double sumOfSquares, ConfidenceLevel level, int minN) {
        if (n == 0) {
            return Estimate.none(level);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Estimate(mean, n, null, level, true);
        }
        double half = tQuantile(n - 1, level) * Math.sqrt(variance(n, sum, sumOfSquares) / n);
        return new Estimate(mean, n, new Interval(mean - half, mean + half), level, n < minN);
    }

    /**
     * The mean of paired differences (gap 6: experienced − expected of the same answer) with the paired
     * t-interval: the t-interval of the differences, from n, Σd and Σd².
     */
    public static Estimate pairedDifference(
            long n, double differenceSum, double differenceSumOfSquares, ConfidenceLevel level, int minN) {
        return mean(n, differenceSum, differenceSumOfSquares, level, minN);
    }

    /**
     * A share (0..1) with its Wilson score interval (Wilson 1927): (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) /
     * (1 + z²/n).
     */
    public static Estimate share(long successes, long n, ConfidenceLevel level, int minN) {
        if (n == 0) {
            return Estimate.none(level);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException(successes + " of " + n + " is not a share");
        }
        double p = (double) successes / n;
        double z = level.z();
        double z2 = z * z;
        double centre = p + z2 / (2.0 * n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double denominator = 1 + z2 / n;
        var interval =
                new Interval(Math.max(0, (centre - half) / denominator), Math.min(1, (centre + half) / denominator));
        return new Estimate(p, n, interval, level, n < minN);
    }

    /** The sample variance (n − 1 in the denominator) from n, Σx and Σx²; never negative. */
    static double variance(long n, double sum, double sumOfSquares) {
        double value = (sumOfSquares - sum * sum / n) / (n - 1);
        // rounding can leave a tiny negative for data without variance
        return Math.max(0, value);
    }

    static double tQuantile(double degreesOfFreedom, ConfidenceLevel level) {
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1 - level.alpha() / 2);
    }

    private static double clip(double nps) {
        return Math.max(-100, Math.min(100, nps));
    }
}
