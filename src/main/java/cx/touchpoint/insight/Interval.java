package cx.touchpoint.insight;

/** A confidence interval on a figure's own scale (NPS −100..100, score 1-7, share 0-1), exact. */
public record Interval(double low, double high) {

    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("An interval's low end " + low + " is above its high end " + high);
        }
    }

    boolean contains(double value) {
        return value >= low && value <= high;
    }
}
