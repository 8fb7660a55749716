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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same one-time link submitted twice at the same moment (two tabs, a double click, a retry), each
 * submit in its own committed transaction, so in a schema of its own: exactly one response is stored,
 * the other submit is told the link is used.
 */
@SpringBootTest
@Import({TestClockConfig.class, TestData.class})
class ConcurrentSubmitTest {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_double_submit");
    }

    @Autowired
    SurveyService surveys;

    @Autowired
    CustomerLinks links;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void two_submits_of_one_link_at_the_same_moment_store_exactly_one_response() throws Exception {
        var f = new SurveyFixtures(data);
        long[] ids = new long[2];
        String token = transaction.execute(status -> {
            long ae = f.signInAsAccountExecutive();
            ids[0] = f.account("Double Submit Co", ae);
            long template = f.template();
            ids[1] = f.contact(ids[0]);
            long prepared = surveys.prepare(ids[0], template, null, List.of(ids[1]), ids[1]);
            surveys.send(prepared);
            return f.responseToken(ids[1]);
        });
        IssueFixtures.signOut();
        long item = transaction.execute(status -> data.jdbc()
                .sql("select item_id from invitation_item i join survey_invitation v on v.id = i.invitation_id"
                        + " where v.contact_id = :c order by item_id limit 1")
                .param("c", ids[1])
                .query(Long.class)
                .single());
        var answers = List.of(new NewResponse.Answer(item, 6, 2));

        var start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> submit(start, token, answers));
        var second = CompletableFuture.supplyAsync(() -> submit(start, token, answers));
        start.countDown();

        assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder(LinkState.OPEN, LinkState.USED);
        assertThat(count("select count(*) from survey_response where contact_id = " + ids[1]))
                .isEqualTo(1);
        assertThat(count("select count(*) from response_answer a join survey_response r on r.id = a.response_id"
                        + " where r.contact_id = " + ids[1]))
                .isEqualTo(1);
        assertThat(count("select count(*) from survey_step where kind = 'RESPONDED' and account_id = " + ids[0]))
                .isEqualTo(1);
        assertThat(links.responseForm(token).state()).isEqualTo(LinkState.USED);
    }

    private LinkState submit(CountDownLatch start, String token, List<NewResponse.Answer> answers) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return links.respond(token, answers, 2, "Submitted twice.");
    }

    private long count(String sql) {
        return data.jdbc().sql(sql).query(Long.class).single();
    }
}
