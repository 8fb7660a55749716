package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/metrics/nps with a period and a compared period, and /metrics/drivers. Clock: 2026-05-13. */
@DatabaseTest
@AutoConfigureMockMvc
class MetricsInsightApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    ObjectMapper json;

    String token;
    long account;
    long template;

    @BeforeEach
    void setUp() {
        long exec = data.user("metrics.exec", Role.EXECUTIVE);
        long ae = data.user("metrics.ae", Role.ACCOUNT_EXECUTIVE);
        account = data.account("Metrics AG", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.jdbc()
                .sql("update account set external_id = 'MET-1' where id = :id")
                .param("id", account)
                .update();
        template = data.relationshipTemplate("Metrics survey");
        var user = new SignedInUser(exec, "metrics.exec", "Test", Role.EXECUTIVE, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        token = tokens.create("metrics");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_period_answers_nps_with_its_interval_and_a_compared_period_the_z_test() throws Exception {
        // March 2026: 40 promoters, 30 passives, 34 detractors; January: 50, 30, 20 (the fixture's first case)
        answers("2026-03-10T10:00:00Z", 40, 30, 34);
        answers("2026-01-10T10:00:00Z", 50, 30, 20);

        JsonNode body = json.readTree(mvc.perform(get("/api/v1/metrics/nps")
                        .param("from", "2026-03-01")
                        .param("to", "2026-03-31")
                        .param("compareFrom", "2026-01-01")
                        .param("compareTo", "2026-01-31")
                        .with(httpBasic("metrics.exec", token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(body.get("responses").asLong()).isEqualTo(104);
        assertThat(body.get("promoters").asLong()).isEqualTo(40);
        assertThat(body.get("nps").asDouble()).isCloseTo(5.769, within(0.001));
        assertThat(body.get("low").asDouble()).isCloseTo(-10.273, within(0.001));
        assertThat(body.get("high").asDouble()).isCloseTo(21.488, within(0.001));
        assertThat(body.get("confidence").asInt()).isEqualTo(95);
        assertThat(body.get("compared").get("nps").asDouble()).isCloseTo(30.0, within(0.001));
        assertThat(body.get("change").asDouble()).isCloseTo(-24.231, within(0.001));
        assertThat(body.get("pValue").asDouble()).isCloseTo(0.035, within(0.001));
        assertThat(body.get("significant").asBoolean()).isTrue();
        assertThat(body.get("verdict").asText()).isEqualTo("significant drop");

        // the same through the raw responses (a period that is not whole months) gives the same counts
        JsonNode days = json.readTree(mvc.perform(get("/api/v1/metrics/nps")
                        .param("from", "2026-03-02")
                        .param("to", "2026-03-30")
                        .param("account", "MET-1")
                        .with(httpBasic("metrics.exec", token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(days.get("responses").asLong()).isEqualTo(104);
        assertThat(days.get("verdict").isNull()).isTrue();
    }

    @Test
    void bad_parameters_get_400_with_the_field() throws Exception {
        mvc.perform(get("/api/v1/metrics/nps")
                        .param("from", "2026-03-31")
                        .param("to", "2026-03-01")
                        .with(httpBasic("metrics.exec", token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/metrics/nps")
                        .param("from", "2026-03-01")
                        .param("to", "2026-03-31")
                        .param("confidence", "80")
                        .with(httpBasic("metrics.exec", token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confidence"));
        mvc.perform(get("/api/v1/metrics/nps")
                        .param("from", "2026-03-01")
                        .param("to", "2026-03-31")
                        .param("vertical", "999999")
                        .with(httpBasic("metrics.exec", token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("vertical"));
        mvc.perform(get("/api/v1/metrics/drivers").param("outcome", "loyalty").with(httpBasic("metrics.exec", token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Test
    void drivers_say_why_there_is_no_estimate() throws Exception {
        answers("2026-03-10T10:00:00Z", 3, 2, 1);
        mvc.perform(get("/api/v1/metrics/drivers").with(httpBasic("metrics.exec", token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(0))
                .andExpect(jsonPath("$.r2").isEmpty())
                .andExpect(jsonPath("$.message")
                        .value("Not enough responses to say: 0 complete responses, at least 50 needed."));
    }

    private void answers(String at, int promoters, int passives, int detractors) {
        Instant when = Instant.parse(at);
        for (int i = 0; i < promoters + passives + detractors; i++) {
            int nps = i < promoters ? 9 : i < promoters + passives ? 7 : 3;
            data.response(template, account, "PRESENT", nps, when.plusSeconds(60L * i), "");
        }
    }
}
