package cx.touchpoint.benchmark;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cold start of the packaged app ({@code target/touchpoint-*.jar}, built by the same {@code verify})
 * with the demo data already present (the benchmark schema): seconds from launching the JVM until
 * the login page answers, and where Spring Boot says the time went. Measured three ways: the fat jar
 * as built; extracted ({@code -Djarmode=tools extract}), the way {@code docker/Dockerfile} runs it;
 * and extracted with a class-data-sharing archive made by one training run that stops after the
 * context refresh (the training needs the database, so the image does not do it at build time).
 */
class ColdStartBenchmark extends ScaleBenchmark {

    private static final int STARTS = Integer.getInteger("benchmark.starts", 5);
    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");
    private static final Pattern CONTEXT = Pattern.compile("initialization completed in ([0-9]+) ms");

    @Test
    void measure() throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("touchpoint-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() ->
                            new IllegalStateException("no packaged jar in target/: run ./mvnw -Pbenchmark verify"));
        }
        var report = new StringBuilder();
        measure(report, "fat jar: java -jar " + jar.getFileName(), List.of("java", "-jar", jar.toString()));
        Path extracted = Path.of("target", "benchmark", "extracted");
        run(List.of(
                "java",
                "-Djarmode=tools",
                "-jar",
                jar.toString(),
                "extract",
                "--force",
                "--destination",
                extracted.toString()));
        Path app = extracted.resolve(jar.getFileName());
        measure(report, "extracted (java -Djarmode=tools -jar ... extract)", List.of("java", "-jar", app.toString()));
        Path archive = extracted.resolve("touchpoint.jsa");
        List<String> training = new ArrayList<>(List.of(
                "java",
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh",
                "-jar",
                app.toString()));
        training.addAll(demoArguments());
        training.add("--server.port=0");
        run(training);
        measure(
                report,
                "extracted + CDS archive (docker/Dockerfile)",
                List.of("java", "-XX:SharedArchiveFile=" + archive, "-jar", app.toString()));
        write("cold-start", report.toString());
    }

    private static void measure(StringBuilder report, String how, List<String> command) throws Exception {
        report.append("\n#### ")
                .append(how)
                .append("\n\n| start | login page answers, s | Spring Boot \"Started in\", s | web context, ms |\n")
                .append("| --- | --- | --- | --- |\n");
        List<Double> seconds = new ArrayList<>();
        for (int i = 1; i <= STARTS; i++) {
            double[] run = start(command, i);
            seconds.add(run[0]);
            report.append(String.format(Locale.ENGLISH, "| %d | %.1f | %.1f | %.0f |%n", i, run[0], run[1], run[2]));
        }
        seconds.sort(Double::compare);
        report.append(String.format(Locale.ENGLISH, "%nMedian: %.1f s%n", seconds.get(seconds.size() / 2)));
    }

    private static void run(List<String> command) throws Exception {
        File log = Path.of("target", "benchmark", "cold-start-prepare.log").toFile();
        log.getParentFile().mkdirs();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command) + "; see " + log);
        }
    }

    /** Seconds to the login page, Boot's "Started in" seconds, the web context's ms. */
    private static double[] start(List<String> command, int run) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = Path.of("target", "benchmark", "cold-start-" + run + ".log").toFile();
        log.getParentFile().mkdirs();
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(command);
        arguments.add("--server.port=" + port);
        arguments.addAll(demoArguments());
        Process app = new ProcessBuilder(arguments)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        try {
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            var login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .build();
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app stopped; see " + log);
                }
                try {
                    if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(1_000);
            String text = Files.readString(log.toPath());
            return new double[] {seconds, number(STARTED, text), number(CONTEXT, text)};
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static double number(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
