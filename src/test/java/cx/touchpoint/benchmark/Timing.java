package cx.touchpoint.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Times one operation: warm-up runs, then measured runs; reports median, p95 and max. */
record Timing(String name, double medianMs, double p95Ms, double maxMs, int runs) {

    static Timing of(String name, int warmUp, int runs, Supplier<?> operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return new Timing(name, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }

    String row() {
        return String.format(Locale.ENGLISH, "| %s | %.1f | %.1f | %.1f | %d |", name, medianMs, p95Ms, maxMs, runs);
    }
}
