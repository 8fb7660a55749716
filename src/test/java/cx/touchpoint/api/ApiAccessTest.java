package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every API endpoint × every role over HTTP (issue 19 #2): a role is refused with 403 exactly when the
 * permission of the endpoint's screen (the {@link Permission} table) refuses it; a specialist and an admin no
 * longer read the accounts.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ApiAccessTest {

    /** An endpoint, its screen's permission, and a new request to it (a builder keeps what is added to it). */
    record Endpoint(String name, Permission permission, Supplier<MockHttpServletRequestBuilder> request) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    final Map<Role, String> tokenOf = new EnumMap<>(Role.class);

    @BeforeEach
    void setUp() {
        for (Role role : Role.values()) {
            tokenOf.put(
                    role, ApiUsers.tokenOf(data, tokens, "access." + role.name().toLowerCase(), role));
        }
        long ae = data.jdbc()
                .sql("select id from app_user where username = 'access.account_executive'")
                .query(Long.class)
                .single();
        long account = data.account("Access Test GmbH", ae, new BigDecimal("1000"), new BigDecimal("2000"));
        data.jdbc()
                .sql("update account set external_id = 'ACC-1' where id = :id")
                .param("id", account)
                .update();
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET /accounts", Permission.READ_ACCOUNTS, () -> get("/api/v1/accounts")),
                new Endpoint("GET /accounts/{id}", Permission.READ_ACCOUNTS, () -> get("/api/v1/accounts/ACC-1")),
                new Endpoint("POST /accounts", Permission.IMPORT_DATA, () -> json(post("/api/v1/accounts"))),
                new Endpoint("PUT /accounts/{id}", Permission.IMPORT_DATA, () -> json(put("/api/v1/accounts/ACC-NEW"))),
                new Endpoint(
                        "POST /accounts/{id}/contacts",
                        Permission.IMPORT_DATA,
                        () -> json(post("/api/v1/accounts/ACC-1/contacts"))),
                new Endpoint("POST /responses", Permission.IMPORT_DATA, () -> json(post("/api/v1/responses"))),
                new Endpoint("POST /events", Permission.IMPORT_DATA, () -> json(post("/api/v1/events"))),
                new Endpoint("GET /metrics/nps", Permission.SIGNED_IN, () -> get("/api/v1/metrics/nps")),
                new Endpoint("GET /metrics/segments", Permission.READ_SEGMENTS, () -> get("/api/v1/metrics/segments")),
                new Endpoint("GET /metrics/gaps", Permission.READ_GAPS, () -> get("/api/v1/metrics/gaps")),
                new Endpoint("GET /issues", Permission.READ_ISSUES, () -> get("/api/v1/issues")),
                new Endpoint("GET /issues/{id}", Permission.READ_ISSUES, () -> get("/api/v1/issues/0")));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
        return request.contentType("application/json").content("{}");
    }

    @Test
    void every_endpoint_refuses_exactly_the_roles_its_screens_permission_refuses() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                int status = mvc.perform(endpoint.request()
                                .get()
                                .with(httpBasic("access." + role.name().toLowerCase(), tokenOf.get(role))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                boolean granted = endpoint.permission().grantedTo(role);
                if (granted == (status == 403) || status == 401 || status >= 500) {
                    wrong.add(endpoint.name() + " as " + role + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_specialist_and_an_admin_no_longer_read_accounts_and_an_account_executive_reads_only_their_book()
            throws Exception {
        for (Role role : List.of(Role.SPECIALIST, Role.ADMIN)) {
            String user = "access." + role.name().toLowerCase();
            mvc.perform(get("/api/v1/accounts").with(httpBasic(user, tokenOf.get(role))))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").isNotEmpty());
            mvc.perform(get("/api/v1/accounts/ACC-1").with(httpBasic(user, tokenOf.get(role))))
                    .andExpect(status().isForbidden());
        }
        long other = data.user("access.other.ae", Role.ACCOUNT_EXECUTIVE);
        data.account("Other Book Ltd", other, new BigDecimal("1000"), new BigDecimal("2000"));
        mvc.perform(get("/api/v1/accounts")
                        .with(httpBasic("access.account_executive", tokenOf.get(Role.ACCOUNT_EXECUTIVE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].externalId").value("ACC-1"));
        mvc.perform(get("/api/v1/accounts").with(httpBasic("access.executive", tokenOf.get(Role.EXECUTIVE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void an_admin_who_writes_an_account_gets_back_what_was_stored() throws Exception {
        mvc.perform(
                        put("/api/v1/accounts/ACC-2")
                                .with(httpBasic("access.admin", tokenOf.get(Role.ADMIN)))
                                .contentType("application/json")
                                .content(
                                        """
                        {"name": "Written By Admin", "verticalMarket": "manufacturing", "location": "germany",
                         "servicePlatform": "cloud", "accountExecutive": "access.account_executive",
                         "revenue": 10, "potentialRevenue": 20}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.externalId").value("ACC-2"))
                .andExpect(jsonPath("$.verticalMarket").value("Manufacturing"));
    }
}
