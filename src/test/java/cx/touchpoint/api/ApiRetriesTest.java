package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Retries of POST /responses (issue 18 C15, C16): the same Idempotency-Key with another body is 422 and
 * stores nothing; a response id another account's response has is 409, naming that account only to who
 * may see it (issue 19 #12), never "already stored".
 */
@DatabaseTest
@AutoConfigureMockMvc
class ApiRetriesTest {

    static final String RESPONSE =
            """
            {"responseId": %s, "accountExternalId": "%s", "pattern": "PRESENT", "nps": %d, "comment": "Late again",
             "answers": [{"cue": "Reliability", "expected": 6, "experienced": 2}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    String aeToken;
    String adminToken;

    @BeforeEach
    void setUp() {
        data.relationshipTemplate("Retries survey");
        aeToken = ApiUsers.tokenOf(data, tokens, "retry.ae", Role.ACCOUNT_EXECUTIVE);
        adminToken = ApiUsers.tokenOf(data, tokens, "retry.admin", Role.ADMIN);
        long ae = data.jdbc()
                .sql("select id from app_user where username = 'retry.ae'")
                .query(Long.class)
                .single();
        long other = data.user("retry.other", Role.ACCOUNT_EXECUTIVE);
        account("OWN-7", ae);
        account("OTHER-7", other);
    }

    private void account(String externalId, long ae) {
        long id = data.account("Company " + externalId, ae, new BigDecimal("1000"), new BigDecimal("1000"));
        data.jdbc()
                .sql("update account set external_id = :e where id = :id")
                .param("e", externalId)
                .param("id", id)
                .update();
    }

    private ResultActions send(String user, String token, String key, String body) throws Exception {
        var request = post("/api/v1/responses")
                .with(httpBasic(user, token))
                .contentType("application/json")
                .content(body);
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    private long stored() {
        return data.jdbc()
                .sql("select count(*) from survey_response r join account a on a.id = r.account_id"
                        + " where a.external_id in ('OWN-7', 'OTHER-7')")
                .query(Long.class)
                .single();
    }

    @Test
    void the_same_key_with_another_body_is_422_and_stores_nothing_while_the_same_body_gets_the_first_result()
            throws Exception {
        send("retry.ae", aeToken, "crm-1", RESPONSE.formatted("null", "OWN-7", 3))
                .andExpect(status().isCreated());
        send("retry.ae", aeToken, "crm-1", RESPONSE.formatted("null", "OWN-7", 9))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("different request")));
        assertThat(stored()).isEqualTo(1);
        // whitespace and field order are not the request: the same body, formatted otherwise, is a retry
        send(
                        "retry.ae",
                        aeToken,
                        "crm-1",
                        RESPONSE.formatted("null", " OWN-7", 3).replace("\n", " "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyStored").value(true));
        assertThat(stored()).isEqualTo(1);
        // keys are per user: another user's same key is a request of its own
        send("retry.admin", adminToken, "crm-1", RESPONSE.formatted("null", "OWN-7", 9))
                .andExpect(status().isCreated());
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void a_response_id_of_another_accounts_response_is_409_naming_it_only_to_who_may_see_it() throws Exception {
        send("retry.admin", adminToken, null, RESPONSE.formatted("\"QX-1\"", "OTHER-7", 3))
                .andExpect(status().isCreated());

        send("retry.ae", aeToken, null, RESPONSE.formatted("\"QX-1\"", "OWN-7", 3))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("responseId"))
                .andExpect(jsonPath("$.errors[0].message").value("is already used by another account"))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("OTHER-7"))));
        send("retry.admin", adminToken, null, RESPONSE.formatted("\"QX-1\"", "OWN-7", 3))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("is already the id of a response of account OTHER-7"));
        assertThat(stored()).isEqualTo(1);

        // the same id at the same account is the same response: stored once, answered as such
        send("retry.admin", adminToken, null, RESPONSE.formatted("\"QX-1\"", "OTHER-7", 3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyStored").value(true));
        assertThat(stored()).isEqualTo(1);
    }
}
