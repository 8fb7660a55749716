package cx.touchpoint.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every benchmark shares: the running app (random port) on the demo company at
 * {@code -Dbenchmark.accounts} accounts (600 by default), in a schema of its own,
 * {@code bench_<accounts>}, that is kept between runs so 20,000 accounts are generated once. Drop
 * the schema to generate again. Results go to {@code target/benchmark/<name>-<accounts>.md}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // idle keep-alive connections close after 2 s, so the heap per session (BrowserBenchmark) counts
        // what a session keeps, not the socket buffers of the connections a browser happens to hold open
        properties = {"touchpoint.demo.enabled=true", "server.tomcat.keep-alive-timeout=2s"})
abstract class ScaleBenchmark {

    static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 600);
    static final String SCHEMA = System.getProperty("benchmark.schema", "bench_" + ACCOUNTS);

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
    }

    static void write(String name, String markdown) throws IOException {
        Path file = Path.of("target", "benchmark", name + "-" + ACCOUNTS + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println("\n" + file + "\n" + markdown);
    }
}
