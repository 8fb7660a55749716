package cx.touchpoint.benchmark;

import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapSelection;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
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
 * Times the gap service calls behind the gap view on the demo data. Not part of `./mvnw verify`
 * (the name matches neither *Test nor *IT); run it explicitly:
 * {@code ./mvnw test -Dtest=GapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the table goes
 * to target/gap-benchmark.md.
 */
@SpringBootTest(properties = "touchpoint.demo.enabled=true")
class GapBenchmark {

    @DynamicPropertySource
    static void benchmarkSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_gapbench");
    }

    @Autowired
    UserDetailsService users;

    @Autowired
    GapService gaps;

    @Test
    void measure() throws Exception {
        List<Timing> timings = new ArrayList<>();
        var all = GapFilter.DEFAULT;
        var twoYears = GapFilter.DEFAULT.withMonths(24);
        signIn("executive");
        timings.add(Timing.of("gaps: 6 and 1 per cue, 3 months", 5, 30, () -> gaps.cueGaps(all)));
        timings.add(Timing.of("gaps: 6 and 1 per cue, 24 months", 5, 30, () -> gaps.cueGaps(twoYears)));
        timings.add(Timing.of("gaps: chains of all standards, 24 months", 5, 30, () -> gaps.gapChains(twoYears)));
        timings.add(Timing.of("gaps: largest, first page, 24 months", 5, 30, () -> gaps.largestGaps(twoYears, 0, 50)));
        timings.add(Timing.of("gaps: trend, 8 quarters", 5, 30, () -> gaps.satisfactionTrend(all)));
        timings.add(Timing.of(
                "gaps: answers behind all cues, first page, 24 months",
                5,
                30,
                () -> gaps.answersBehind(twoYears, GapSelection.cue(null), false, 0, 50)));
        signIn("account.exec");
        timings.add(Timing.of("gaps: 6 and 1 per cue (account executive), 3 months", 5, 30, () -> gaps.cueGaps(all)));

        var report = new StringBuilder(
                "| operation | median ms | p95 ms | max ms | runs |\n| --- | --- | --- | --- | --- |\n");
        timings.forEach(t -> report.append(t.row()).append('\n'));
        System.out.println(report);
        Files.writeString(Path.of("target", "gap-benchmark.md"), report);
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
