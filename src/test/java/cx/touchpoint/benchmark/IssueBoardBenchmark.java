package cx.touchpoint.benchmark;

import cx.touchpoint.issue.AccountSegment;
import cx.touchpoint.issue.BoardFilter;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Times the issue board's service calls on the demo data. Not part of `./mvnw verify`; run it with
 * {@code ./mvnw test -Dtest=IssueBoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the table
 * goes to target/issue-board-benchmark.md.
 */
@SpringBootTest(properties = "touchpoint.demo.enabled=true")
class IssueBoardBenchmark {

    @DynamicPropertySource
    static void benchmarkSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_issuebench");
    }

    @Autowired
    UserDetailsService users;

    @Autowired
    IssueService issues;

    @Autowired
    ResponseService responses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        var user = users.loadUserByUsername("team.lead");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        var all = BoardFilter.everything();
        var atRisk = new BoardFilter(null, null, AccountSegment.AT_RISK, true);
        long issue = issues.column(IssueStatus.IN_PROGRESS, all, 0, 1).get(0).id();
        long template = jdbc.sql("select id from survey_template where pattern = 'PRESENT' order by id limit 1")
                .query(Long.class)
                .single();
        List<Long> items = jdbc.sql("select id from survey_item where template_id = :t order by position")
                .param("t", template)
                .query(Long.class)
                .list();
        List<Long> accounts = jdbc.sql("select id from account order by id limit 200")
                .query(Long.class)
                .list();
        int[] next = {0};

        List<Timing> timings = new ArrayList<>();
        timings.add(Timing.of("board: column counts (no filter)", 5, 30, () -> issues.columnCounts(all)));
        timings.add(Timing.of("board: six columns, first 25 cards each", 5, 30, () -> {
            for (IssueStatus status : IssueStatus.values()) {
                issues.column(status, all, 0, 25);
            }
            return null;
        }));
        timings.add(Timing.of("board: counts + columns, at-risk and overdue filter", 5, 30, () -> {
            issues.columnCounts(atRisk);
            for (IssueStatus status : IssueStatus.values()) {
                issues.column(status, atRisk, 0, 25);
            }
            return null;
        }));
        timings.add(Timing.of("detail panel: detail + evidence + audit trail", 5, 30, () -> {
            issues.detail(issue);
            issues.evidence(issue);
            return issues.auditTrail(issue);
        }));
        timings.add(Timing.of("team metrics", 5, 30, issues::teamMetrics));
        timings.add(Timing.of("record a detractor response (stores, verifies, raises/attaches)", 5, 30, () -> {
            long account = accounts.get(next[0]++ % accounts.size());
            return responses.record(new NewResponse(
                    template,
                    account,
                    null,
                    null,
                    null,
                    null,
                    NewResponse.Channel.API,
                    3,
                    "The invoice was late again",
                    null,
                    items.stream().map(i -> new NewResponse.Answer(i, 6, 2)).toList()));
        }));
        timings.add(Timing.of("SLA escalation run", 2, 10, issues::escalateOverdue));

        var report = new StringBuilder(
                "| operation | median ms | p95 ms | max ms | runs |\n| --- | --- | --- | --- | --- |\n");
        timings.forEach(t -> report.append(t.row()).append('\n'));
        report.append("\nIssues: ")
                .append(jdbc.sql("select count(*) from issue").query(Long.class).single())
                .append(", responses: ")
                .append(jdbc.sql("select count(*) from survey_response")
                        .query(Long.class)
                        .single())
                .append('\n');
        System.out.println(report);
        Files.writeString(Path.of("target", "issue-board-benchmark.md"), report);
    }
}
