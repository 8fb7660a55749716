package cx.touchpoint.demo;

import java.util.Map;

/**
 * For survey items linked to a service standard: what customers expect and perceive in the
 * standard's unit, and what managers believe customers expect. Perception is worse than the
 * measured actuals (gap 5); managers believe customers expect less than they do (gap 1).
 */
record DemoStandardValues(
        double expectedMean,
        double expectedSd,
        double perceivedMean,
        double perceivedSd,
        double believedMean,
        double min,
        double max) {

    private static final Map<String, DemoStandardValues> BY_STANDARD = Map.of(
            "on_time_delivery", new DemoStandardValues(98.8, 0.8, 86, 3.5, 95, 50, 100),
            "first_reply_time", new DemoStandardValues(2, 0.8, 30, 7, 8, 0.25, 200),
            "activation_time", new DemoStandardValues(7, 2, 13, 3, 10, 1, 90),
            "invoice_accuracy", new DemoStandardValues(99.8, 0.2, 98.5, 1, 99, 80, 100));

    /** The values for the standard with this code, or null if the item is not linked to one. */
    static DemoStandardValues of(String standardCode) {
        return standardCode == null ? null : BY_STANDARD.get(standardCode);
    }

    double customerExpects(DemoRandom random) {
        return round(random.gaussian(expectedMean, expectedSd));
    }

    double customerPerceives(DemoRandom random) {
        return round(random.gaussian(perceivedMean, perceivedSd));
    }

    double managerBelieves(DemoRandom random) {
        return round(random.gaussian(believedMean, expectedSd * 2));
    }

    private double round(double value) {
        return Math.round(Math.max(min, Math.min(max, value)) * 100) / 100.0;
    }
}
