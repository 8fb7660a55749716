package cx.touchpoint.insight;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The company's confidence level for every interval and test (an admin setting): 90, 95 (default) or 99 %.
 * A change is called significant when its two-sided p-value is below {@link #alpha()}.
 */
public enum ConfidenceLevel {
    P90(90),
    P95(95),
    P99(99);

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private final int percent;

    ConfidenceLevel(int percent) {
        this.percent = percent;
    }

    /** 90, 95 or 99. */
    public int percent() {
        return percent;
    }

    /** The two-sided error rate: 0.10, 0.05 or 0.01. */
    public double alpha() {
        return (100 - percent) / 100.0;
    }

    /** The standard normal quantile of 1 − α/2: 1.645, 1.960, 2.576. */
    public double z() {
        return NORMAL.inverseCumulativeProbability(1 - alpha() / 2);
    }

    /** "95 % confidence" */
    public String label() {
        return percent + " % confidence";
    }

    /**
     * The level of {@code percent}.
     *
     * @throws IllegalArgumentException for anything but 90, 95 or 99
     */
    public static ConfidenceLevel of(int percent) {
        return Arrays.stream(values())
                .filter(level -> level.percent == percent)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("The confidence level is 90, 95 or 99 %, not " + percent));
    }
}
