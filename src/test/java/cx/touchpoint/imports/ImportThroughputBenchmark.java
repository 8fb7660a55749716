package cx.touchpoint.imports;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.TestData;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Import throughput (issue #9 section 1, docs/PERFORMANCE.md "Import throughput"): generates a responses CSV
 * of {@code -Dbenchmark.import-rows} rows (1,000,000 by default, about 100 MB) in Touchpoint's own layout,
 * loads the same file with {@code psql \copy} into a typed scratch table as the baseline, then imports it
 * through {@link ImportService} exactly as the import page does (check pass, then store in batches, every
 * response through {@code ResponseService.record}), sampling the heap used every 200 ms. Runs in a schema of
 * its own, dropped at the end; never part of the default build, and opt-in in the benchmark profile (it
 * takes about 15 minutes for a million rows):
 * {@code nice -n 10 ./mvnw -Pbenchmark verify -Dbenchmark.import=true -Dit.test=ImportThroughputBenchmark
 * -Dbenchmark.import-rows=N}.
 */
@EnabledIfSystemProperty(
        named = "benchmark.import",
        matches = "true",
        disabledReason =
                "the import benchmark takes ~15 min for its million-row file; opt in with -Dbenchmark.import=true")
@SpringBootTest(properties = {"touchpoint.demo.enabled=false", "touchpoint.webhooks.enabled=false"})
@Import(TestData.class)
class ImportThroughputBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.import-rows", 1_000_000);
    /** How many rows of the file are also imported for real (checked and stored). */
    static final int STORED_ROWS = Integer.getInteger("benchmark.import-stored-rows", 20_000);

    static final int ACCOUNTS = 1_000;
    static final String SCHEMA = "bench_import_" + ProcessHandle.current().pid();
    static final List<String> CUES =
            List.of("competence", "reliability", "responsiveness", "access", "communication", "tangibles");

    @DynamicPropertySource
    static void schema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> SCHEMA);
    }

    @Autowired
    ImportService imports;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void dropSchema() throws Exception {
        run(List.of(
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-q",
                "-c",
                "drop schema if exists " + SCHEMA + " cascade"));
    }

    /** Measured for one file: \copy baseline, then the import through the service. */
    record Run(
            int rows,
            long bytes,
            double copySeconds,
            long copied,
            double importSeconds,
            double checkSeconds,
            ImportJob job,
            long stored,
            long heapBefore,
            long heapPeak) {

        double importRowsPerSecond() {
            return rows / importSeconds;
        }

        double copyRowsPerSecond() {
            return copied / copySeconds;
        }
    }

    @Test
    void a_million_responses_are_checked_with_bounded_memory_and_a_sample_is_stored() throws Exception {
        long ae = data.user("bench.ae", Role.ACCOUNT_EXECUTIVE);
        for (int i = 0; i < ACCOUNTS; i++) {
            long id = data.account("Bench account " + i, ae, new BigDecimal("100000"), new BigDecimal("200000"));
            jdbc.sql("update account set external_id = :e where id = :id")
                    .param("e", "BENCH-" + i)
                    .param("id", id)
                    .update();
        }
        data.relationshipTemplate("Benchmark relationship survey");
        long admin = data.user("bench.admin", Role.ADMIN);
        var user = new SignedInUser(admin, "bench.admin", "Bench admin", Role.ADMIN, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        jdbc.sql("create table scratch_responses (response_id text, account_external_id text, contact_email text,"
                        + " pattern text, touch_point text, responded_at timestamptz, nps smallint, comment text, "
                        + String.join(
                                ", ",
                                CUES.stream()
                                        .map(c -> c + "_expected smallint, " + c + "_experienced smallint")
                                        .toList())
                        + ")")
                .update();

        // A: the whole file, whose last row names an unknown account: every row is checked, nothing stored.
        var whole = measure(ROWS, true);
        // B: the first STORED_ROWS rows, all valid: checked and stored.
        var sample = measure(STORED_ROWS, false);

        String result = String.format(
                Locale.ROOT,
                """
                ## Import throughput (%s, %d processors)

                | file | rows | MB | `psql \\copy` rows/s | import outcome | import s | check pass s | import rows/s | import / `\\copy` time | heap before / peak MB |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                %s
                %s
                """,
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                line("whole file, last row invalid (check only)", whole),
                line("first rows, all valid (check + store)", sample));
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(dir.resolve("import-throughput-" + ROWS + ".md"), result);
        System.out.println("\n" + result);
        SecurityContextHolder.clearContext();
    }

    private static String line(String what, Run r) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %.1f | %,.0f | %s, %,d stored | %.1f | %.1f | %,.0f | %.0f× | %.0f / %.0f |",
                what,
                r.rows(),
                r.bytes() / 1e6,
                r.copyRowsPerSecond(),
                r.job().status(),
                r.stored(),
                r.importSeconds(),
                r.checkSeconds(),
                r.importRowsPerSecond(),
                r.importSeconds() / r.copySeconds(),
                r.heapBefore() / 1e6,
                r.heapPeak() / 1e6);
    }

    private Run measure(int rows, boolean badLastRow) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("responses-" + rows + ".csv");
        generate(file, rows, badLastRow);
        long bytes = Files.size(file);

        jdbc.sql("truncate scratch_responses").update();
        long copyStart = System.nanoTime();
        run(List.of(
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-q",
                "-c",
                "\\copy " + SCHEMA + ".scratch_responses from '" + file.toAbsolutePath()
                        + "' with (format csv, header)"));
        double copySeconds = seconds(copyStart);
        long copied = jdbc.sql("select count(*) from scratch_responses")
                .query(Long.class)
                .single();

        long storedBefore = jdbc.sql("select count(*) from survey_response")
                .query(Long.class)
                .single();
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long importStart = System.nanoTime();
        // the import deletes its file when it ends, as after an upload
        long jobId = imports.start(file, file.getFileName().toString(), ImportKind.RESPONSES, null, false);
        ImportJob job;
        double checkSeconds = 0;
        do {
            Thread.sleep(500);
            job = imports.job(jobId).orElseThrow();
            if (checkSeconds == 0 && job.status() != ImportJob.Status.CHECKING) {
                checkSeconds = seconds(importStart);
            }
        } while (job.status() == ImportJob.Status.CHECKING || job.status() == ImportJob.Status.STORING);
        double importSeconds = seconds(importStart);
        sampler.interrupt();
        long stored = jdbc.sql("select count(*) from survey_response")
                        .query(Long.class)
                        .single()
                - storedBefore;
        return new Run(
                rows, bytes, copySeconds, copied, importSeconds, checkSeconds, job, stored, heapBefore, peak.get());
    }

    /** Touchpoint's own responses layout; a tenth are detractors, every row a distinct response id. */
    private static void generate(Path file, int rows, boolean badLastRow) throws Exception {
        var random = new java.util.Random(42);
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("response_id,account_external_id,contact_email,pattern,touch_point,responded_at,nps,comment");
            for (String cue : CUES) {
                out.write("," + cue + "_expected," + cue + "_experienced");
            }
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                int nps = random.nextInt(10) == 0 ? random.nextInt(7) : 7 + random.nextInt(4);
                String account = badLastRow && i == rows - 1 ? "NO-SUCH-ACCOUNT" : "BENCH-" + (i % ACCOUNTS);
                out.write("bench-" + i + "," + account + ",,PRESENT,,"
                        + start.plusSeconds(i * 60L) + "," + nps + ","
                        + (i % 5 == 0 ? "\"Row " + i + ", as imported\"" : ""));
                for (int c = 0; c < CUES.size(); c++) {
                    int expected = 4 + random.nextInt(4);
                    int experienced = Math.max(1, Math.min(7, expected + random.nextInt(3) - 1));
                    out.write("," + expected + "," + experienced);
                }
                out.write("\r\n");
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " exited with " + process.exitValue());
        }
    }
}
