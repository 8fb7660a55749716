package cx.touchpoint.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every benchmark shares: the running app (random port) on the demo company at
 * {@code -Dbenchmark.accounts} accounts (600 by default) with {@code -Dbenchmark.responses-per-account}
 * survey responses each over the two years (the demo's default density when not given), in a schema of
 * its own, {@code bench_<accounts>} at the default density and {@code bench_<accounts>_<responses per
 * account>} otherwise, that is kept between runs so 20,000 accounts are generated once. Drop the schema
 * to generate again ({@code -Dbenchmark.schema} names another, e.g. a copy on which a branch's new
 * migrations may run without touching the shared one). Results go to
 * {@code target/benchmark/<name>-<size>.md}, size as in the schema name.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // idle keep-alive connections close after 2 s, so the heap per session (BrowserBenchmark) counts
        // what a session keeps, not the socket buffers of the connections a browser happens to hold open
        properties = {"touchpoint.demo.enabled=true", "server.tomcat.keep-alive-timeout=2s"})
abstract class ScaleBenchmark {

    static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 600);

    /** {@code touchpoint.demo.responses-per-account}; {@code null}: the demo's default. */
    static final Integer RESPONSES_PER_ACCOUNT = Integer.getInteger("benchmark.responses-per-account");

    /** The company's size as the schema and the result files name it: accounts, and the density if not the default. */
    static final String SIZE = ACCOUNTS + (RESPONSES_PER_ACCOUNT == null ? "" : "_" + RESPONSES_PER_ACCOUNT);

    static final String SCHEMA = System.getProperty("benchmark.schema", "bench_" + SIZE);

    /**
     * Days of the demo's history replayed through the services ({@code touchpoint.demo.replay-days}):
     * 90 at the demo size; at 20,000 accounts 14 keeps generation to minutes (the rest is bulk-loaded).
     */
    static final int REPLAY_DAYS = Integer.getInteger("benchmark.replay-days", ACCOUNTS > 5_000 ? 14 : 90);

    /** Measured runs per operation, after the warm-up. */
    static final int RUNS = Integer.getInteger("benchmark.runs", 20);

    /** Warm-up runs per operation. */
    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 3);

    @DynamicPropertySource
    static void benchmarkData(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> SCHEMA);
        registry.add("touchpoint.demo.accounts", () -> ACCOUNTS);
        registry.add("touchpoint.demo.replay-days", () -> REPLAY_DAYS);
        if (RESPONSES_PER_ACCOUNT != null) {
            registry.add("touchpoint.demo.responses-per-account", () -> RESPONSES_PER_ACCOUNT);
        }
    }

    /** The same company as command-line arguments of the packaged app. */
    static List<String> demoArguments() {
        List<String> arguments =
                new ArrayList<>(List.of("--touchpoint.db.schema=" + SCHEMA, "--touchpoint.demo.accounts=" + ACCOUNTS));
        if (RESPONSES_PER_ACCOUNT != null) {
            arguments.add("--touchpoint.demo.responses-per-account=" + RESPONSES_PER_ACCOUNT);
        }
        return arguments;
    }

    static void write(String name, String markdown) throws IOException {
        Path file = Path.of("target", "benchmark", name + "-" + SIZE + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println("\n" + file + "\n" + markdown);
    }
}
