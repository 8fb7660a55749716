package cx.touchpoint.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times one operation: warm-up runs, then measured runs; reports median, p95 and max. A run that
 * would take hours (the slowest queries before the summaries, at 20,000 accounts) stops after
 * {@code budgetMs} of measuring once {@code minRuns} are done, and says how many runs it made.
 */
record Timing(String name, double medianMs, double p95Ms, double maxMs, int runs) {

    static final long BUDGET_MS = Long.getLong("benchmark.budget-ms", 60_000);
    static final int MIN_RUNS = 5;

    static Timing of(String name, int warmUp, int runs, Supplier<?> operation) {
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < warmUp; i++) {
            operation.get();
            if (i > 0 && (System.nanoTime() - warmUpStart) / 1_000_000 > BUDGET_MS / 4) {
                break;
            }
        }
        double[] ms = new double[runs];
        long started = System.nanoTime();
        int done = 0;
        while (done < runs && (done < MIN_RUNS || (System.nanoTime() - started) / 1_000_000 < BUDGET_MS)) {
            long start = System.nanoTime();
            operation.get();
            ms[done++] = (System.nanoTime() - start) / 1_000_000.0;
        }
        ms = Arrays.copyOf(ms, done);
        Arrays.sort(ms);
        return new Timing(name, ms[done / 2], ms[(int) Math.ceil(done * 0.95) - 1], ms[done - 1], done);
    }

    static String header() {
        return "| operation | median ms | p95 ms | max ms | runs |\n| --- | --- | --- | --- | --- |\n";
    }

    String row() {
        return String.format(Locale.ENGLISH, "| %s | %.1f | %.1f | %.1f | %d |", name, medianMs, p95Ms, maxMs, runs);
    }
}
