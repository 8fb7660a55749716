package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Eight retries of one POST /responses with one Idempotency-Key at the same moment, each in its own
 * committed transaction (so in a schema of its own): one response is stored, and every retry answers the
 * first one's result (201 once, 200 with the same id) or 409 while it is in flight; never a 400 or 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClockConfig.class, TestData.class})
class ApiConcurrentRetriesTest {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_api_retries");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ObjectMapper json;

    /** A committed account executive with a token and the account {@code externalId} in their book. */
    private String accountExecutiveWith(String username, String externalId) {
        return transaction.execute(status -> {
            data.relationshipTemplate("Concurrent retries survey " + externalId);
            String t = ApiUsers.tokenOf(data, tokens, username, Role.ACCOUNT_EXECUTIVE);
            long ae = data.jdbc()
                    .sql("select id from app_user where username = :u")
                    .param("u", username)
                    .query(Long.class)
                    .single();
            long account = data.account("Company " + externalId, ae, new BigDecimal("1000"), new BigDecimal("1000"));
            data.jdbc()
                    .sql("update account set external_id = :e where id = :id")
                    .param("e", externalId)
                    .param("id", account)
                    .update();
            return t;
        });
    }

    @Test
    void a_key_whose_request_was_refused_stored_nothing_and_may_be_used_again() throws Exception {
        String token = accountExecutiveWith("refused.ae", "REF-1");
        String body =
                """
                {"accountExternalId": "REF-1", "pattern": "PRESENT", "nps": %d,
                 "answers": [{"cue": "Access", "expected": 5, "experienced": 5}]}
                """;
        var refused = mvc.perform(post("/api/v1/responses")
                        .with(httpBasic("refused.ae", token))
                        .header("Idempotency-Key", "fix-and-retry")
                        .contentType("application/json")
                        .content(body.formatted(11)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(data.jdbc()
                        .sql("select count(*) from api_idempotency_key where key = 'fix-and-retry'")
                        .query(Long.class)
                        .single())
                .isZero();
        var fixed = mvc.perform(post("/api/v1/responses")
                        .with(httpBasic("refused.ae", token))
                        .header("Idempotency-Key", "fix-and-retry")
                        .contentType("application/json")
                        .content(body.formatted(10)))
                .andReturn()
                .getResponse();
        assertThat(fixed.getStatus()).as(fixed.getContentAsString()).isEqualTo(201);
    }

    @Test
    void eight_concurrent_retries_with_one_key_store_one_response_and_all_get_its_result_or_409() throws Exception {
        String token = accountExecutiveWith("concurrent.ae", "CON-1");
        String body =
                """
                {"accountExternalId": "CON-1", "pattern": "PRESENT", "nps": 2, "comment": "Nobody called back",
                 "answers": [{"cue": "Responsiveness", "expected": 6, "experienced": 1}]}
                """;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<MockHttpServletResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                            return mvc.perform(post("/api/v1/responses")
                                            .with(httpBasic("concurrent.ae", token))
                                            .header("Idempotency-Key", "retry-8")
                                            .contentType("application/json")
                                            .content(body))
                                    .andReturn()
                                    .getResponse();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    pool));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (var call : calls) {
            var response = call.get(60, TimeUnit.SECONDS);
            statuses.add(response.getStatus());
            if (response.getStatus() < 300) {
                ids.add(json.readTree(response.getContentAsString())
                        .get("responseId")
                        .asLong());
            }
        }
        pool.shutdown();

        assertThat(statuses).as("statuses").allMatch(s -> s == 201 || s == 200 || s == 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(ids).as("every answered retry names the first response").hasSizeGreaterThan(1);
        assertThat(ids.stream().distinct()).hasSize(1);
        assertThat(data.jdbc()
                        .sql("select count(*) from survey_response r join account a on a.id = r.account_id"
                                + " where a.external_id = 'CON-1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(data.jdbc()
                        .sql("select count(*) from api_idempotency_key where key = 'retry-8' and response_id = :r")
                        .param("r", ids.get(0))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
