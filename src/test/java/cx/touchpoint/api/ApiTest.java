package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@AutoConfigureMockMvc
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    HomeService home;

    @Autowired
    TestData data;

    @Autowired
    ObjectMapper json;

    long ownAe;
    long otherAe;
    long account;
    String aeToken;
    String adminToken;

    @BeforeEach
    void setUp() {
        data.relationshipTemplate("API relationship survey");
        ownAe = data.user("api.ae", Role.ACCOUNT_EXECUTIVE);
        otherAe = data.user("api.other", Role.ACCOUNT_EXECUTIVE);
        long admin = data.user("api.admin", Role.ADMIN);
        data.verticalMarket("Manufacturing", "Industry");
        data.location("Europe", "Germany");
        data.platform("Cloud");
        account = data.account("Own Book GmbH", ownAe, new BigDecimal("100000"), new BigDecimal("100000"));
        long other = data.account("Other Book AG", otherAe, new BigDecimal("100000"), new BigDecimal("100000"));
        data.jdbc()
                .sql("update account set external_id = 'OWN-1' where id = :id")
                .param("id", account)
                .update();
        data.jdbc()
                .sql("update account set external_id = 'OTHER-1' where id = :id")
                .param("id", other)
                .update();
        aeToken = tokenOf(ownAe, "api.ae", Role.ACCOUNT_EXECUTIVE);
        adminToken = tokenOf(admin, "api.admin", Role.ADMIN);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String tokenOf(long id, String username, Role role) {
        signIn(id, username, role);
        return tokens.create("test token");
    }

    void signIn(long id, String username, Role role) {
        var user = new SignedInUser(id, username, "Test " + username, role, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    long responses() {
        return data.jdbc()
                .sql("select count(*) from survey_response where account_id = :a")
                .param("a", account)
                .query(Long.class)
                .single();
    }

    static final String RESPONSE =
            """
            {"accountExternalId": "OWN-1", "pattern": "PRESENT", "submittedAt": "2026-05-12T09:00:00+02:00",
             "nps": %d, "comment": "Deliveries are late",
             "answers": [{"cue": "Reliability", "expected": 6, "experienced": 2}, {"cue": "access", "expected": 5, "experienced": 5}]}
            """;

    @Test
    void a_wrong_or_revoked_token_is_401_as_problem_json() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(httpBasic("api.ae", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/accounts/OWN-1").with(httpBasic("api.ae", aeToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Own Book GmbH"))
                .andExpect(jsonPath("$.accountExecutive").value("api.ae"));

        signIn(ownAe, "api.ae", Role.ACCOUNT_EXECUTIVE);
        long id = tokens.mine().stream()
                .filter(t -> t.name().equals("test token"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(tokens.mine().get(0).lastUsedAt()).isNotNull();
        tokens.revoke(id);
        SecurityContextHolder.clearContext();

        mvc.perform(get("/api/v1/accounts/OWN-1").with(httpBasic("api.ae", aeToken)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_response_is_stored_once_per_idempotency_key_and_raises_the_issue() throws Exception {
        var first = mvc.perform(post("/api/v1/responses")
                        .with(httpBasic("api.ae", aeToken))
                        .header("Idempotency-Key", "crm-4711")
                        .contentType("application/json")
                        .content(RESPONSE.formatted(3)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alreadyStored").value(false))
                .andReturn();
        long id = json.readTree(first.getResponse().getContentAsString())
                .get("responseId")
                .asLong();

        mvc.perform(post("/api/v1/responses")
                        .with(httpBasic("api.ae", aeToken))
                        .header("Idempotency-Key", "crm-4711")
                        .contentType("application/json")
                        .content(RESPONSE.formatted(3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responseId").value(id))
                .andExpect(jsonPath("$.alreadyStored").value(true));

        assertThat(responses()).isEqualTo(1);
        assertThat(data.jdbc()
                        .sql("select channel from survey_response where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("API");
    }

    @Test
    void a_bad_body_is_400_with_field_errors_and_nothing_is_stored() throws Exception {
        mvc.perform(post("/api/v1/responses")
                        .with(httpBasic("api.ae", aeToken))
                        .contentType("application/json")
                        .content(RESPONSE.formatted(11).replace("Reliability", "Happiness")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nps')].message").value("must be 0 to 10"))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[0].cue')].message")
                        .value("is not asked in this survey"));

        assertThat(responses()).isZero();
    }

    @Test
    void another_book_is_404_to_read_and_403_to_write_for_an_account_executive() throws Exception {
        mvc.perform(get("/api/v1/accounts/OTHER-1").with(httpBasic("api.ae", aeToken)))
                .andExpect(status().isNotFound());
        mvc.perform(
                        post("/api/v1/accounts")
                                .with(httpBasic("api.ae", aeToken))
                                .contentType("application/json")
                                .content(
                                        """
                                {"externalId": "NEW-9", "name": "Not Mine Ltd", "verticalMarket": "manufacturing",
                                 "location": "Germany", "servicePlatform": "Cloud", "accountExecutive": "api.other",
                                 "revenue": 1000, "potentialRevenue": 2000}
                                """))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/responses")
                        .with(httpBasic("api.ae", aeToken))
                        .contentType("application/json")
                        .content(RESPONSE.formatted(9).replace("OWN-1", "OTHER-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountExternalId"));
        mvc.perform(
                        post("/api/v1/accounts")
                                .with(httpBasic("api.admin", adminToken))
                                .contentType("application/json")
                                .content(
                                        """
                                {"externalId": "NEW-9", "name": "Not Mine Ltd", "verticalMarket": "manufacturing",
                                 "location": "Germany", "servicePlatform": "Cloud", "accountExecutive": "api.other",
                                 "revenue": 1000, "potentialRevenue": 2000}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/accounts/NEW-9"))
                .andExpect(jsonPath("$.verticalMarket").value("Manufacturing"));
    }

    @Test
    void the_nps_metric_is_exactly_the_home_views_nps() throws Exception {
        data.relationshipResponse(
                data.relationshipTemplate("NPS compare"),
                account,
                10,
                TestClockConfig.START.minus(Duration.ofDays(1)),
                5,
                5);
        data.relationshipResponse(
                data.relationshipTemplate("NPS compare 2"),
                account,
                3,
                TestClockConfig.START.minus(Duration.ofDays(2)),
                5,
                5);
        data.response(
                data.relationshipTemplate("NPS compare 3"),
                account,
                "PRESENT",
                8,
                TestClockConfig.START.minus(Duration.ofDays(3)),
                "");

        var body = mvc.perform(get("/api/v1/metrics/nps").with(httpBasic("api.ae", aeToken)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var user = new SignedInUser(ownAe, "api.ae", "Test api.ae", Role.ACCOUNT_EXECUTIVE, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        var headlines = home.headlines();
        assertThat(headlines.npsThisQuarter()).isEqualTo(0.0);
        assertThat(json.readTree(body).get("npsThisQuarter").asDouble()).isEqualTo(headlines.npsThisQuarter());
        assertThat(json.readTree(body).get("recentResponses").asLong())
                .isEqualTo(headlines.recentResponses())
                .isPositive();
        assertThat(json.readTree(body).get("recentResponsesFrom").asText())
                .isEqualTo(headlines.recentResponsesFrom().toString());
        assertThat(json.readTree(body).get("trend").size())
                .isEqualTo(home.npsTrend().size());
    }
}
