package cx.touchpoint.benchmark;

import cx.touchpoint.home.HomeService;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The benchmark behind docs/PERFORMANCE.md. Not part of `./mvnw verify` (the class name matches
 * neither *Test nor *IT); run it explicitly:
 * {@code ./mvnw test -Ddev -Dtest=ServiceBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It generates the demo data into its own schema and times the service calls behind each view.
 */
@SpringBootTest(properties = "touchpoint.demo.enabled=true")
class ServiceBenchmark {

    @DynamicPropertySource
    static void benchmarkSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_bench");
    }

    @Autowired
    UserDetailsService users;

    @Autowired
    HomeService home;

    @Test
    void measure() throws Exception {
        List<Timing> timings = new ArrayList<>();
        signIn("executive");
        timings.add(Timing.of("home: headlines (executive, all accounts)", 5, 30, home::headlines));
        timings.add(Timing.of("home: NPS trend, 8 quarters", 5, 30, home::npsTrend));
        signIn("account.exec");
        timings.add(Timing.of("home: headlines (account executive's book)", 5, 30, home::headlines));

        var report = new StringBuilder(
                "| operation | median ms | p95 ms | max ms | runs |\n| --- | --- | --- | --- | --- |\n");
        timings.forEach(t -> report.append(t.row()).append('\n'));
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        report.append("\nHeap used after the runs: ")
                .append(heap.getUsed() / (1024 * 1024))
                .append(" MiB\n");
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.md"), report);
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
