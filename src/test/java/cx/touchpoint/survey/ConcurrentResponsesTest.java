package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two responses about the same problem stored at the same moment, each in its own committed
 * transaction (so in a schema of its own, not the rolled-back test schema): the second attaches to
 * the issue the first raised instead of failing on the one-open-issue-per-problem index.
 */
@SpringBootTest
@Import({TestClockConfig.class, TestData.class})
class ConcurrentResponsesTest {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_concurrent");
    }

    @Autowired
    ResponseService responses;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void two_low_scores_on_the_same_cue_at_the_same_moment_make_one_issue_with_both_as_evidence() throws Exception {
        long[] ids = transaction.execute(status -> {
            long template = data.relationshipTemplate("Concurrent test");
            long account = new IssueFixtures(data).account("Concurrent Co");
            return new long[] {template, account};
        });
        var start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> record(start, ids[0], ids[1]));
        var second = CompletableFuture.supplyAsync(() -> record(start, ids[0], ids[1]));
        start.countDown();

        long firstResponse = first.get(30, TimeUnit.SECONDS);
        long secondResponse = second.get(30, TimeUnit.SECONDS);

        assertThat(firstResponse).isNotEqualTo(secondResponse);
        assertThat(count("select count(*) from issue where account_id = " + ids[1]))
                .isEqualTo(1);
        assertThat(count("select count(*) from issue_evidence e join issue i on i.id = e.issue_id"
                        + " where i.account_id = " + ids[1]))
                .isEqualTo(2);
    }

    private long record(CountDownLatch start, long template, long account) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<NewResponse.Answer> answers = Stream.of(
                        "competence",
                        "reliability",
                        "responsiveness",
                        "transaction_security",
                        "trustworthiness",
                        "access")
                .map(cue -> new NewResponse.Answer(data.itemId(template, cue), 6, cue.equals("reliability") ? 2 : 6))
                .toList();
        return responses
                .record(new NewResponse(
                        template, account, null, null, null, null, NewResponse.Channel.API, 8, "", null, answers))
                .responseId();
    }

    private long count(String sql) {
        return data.jdbc().sql(sql).query(Long.class).single();
    }
}
