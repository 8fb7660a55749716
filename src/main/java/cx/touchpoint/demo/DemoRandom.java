package cx.touchpoint.demo;

import java.util.List;
import java.util.Random;

/** A seeded random source with the few draws the demo data needs: the same seed, the same data. */
final class DemoRandom {

    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    double gaussian(double mean, double sd) {
        return mean + random.nextGaussian() * sd;
    }

    int between(int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Removes one of {@code items} and returns it; draws as {@link #pick} does. */
    <T> T take(List<T> items) {
        return items.remove(random.nextInt(items.size()));
    }

    /** A 1-7 answer around {@code mean}. */
    int scale7(double mean, double sd) {
        return (int) Math.max(1, Math.min(7, Math.round(gaussian(mean, sd))));
    }

    /** A 0-10 likelihood-to-recommend answer around {@code mean}. */
    int scale10(double mean, double sd) {
        return (int) Math.max(0, Math.min(10, Math.round(gaussian(mean, sd))));
    }

    /** A value drawn from a log-normal distribution with the given median. */
    double logNormal(double median, double sigma) {
        return Math.exp(Math.log(median) + random.nextGaussian() * sigma);
    }
}
