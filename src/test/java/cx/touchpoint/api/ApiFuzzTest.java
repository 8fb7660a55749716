package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API's bodies fuzzed (issue 19 #13): for every endpoint that takes a body, every field missing, null,
 * of a wrong type and oversized, and the body itself broken. The answer is never a 5xx: a refusal is a 4xx
 * {@code application/problem+json} whose {@code errors} name the field. Query parameters of the lists the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClockConfig.class, TestData.class})
class ApiFuzzTest {

    /*
     * Each request commits or rolls back on its own, as in production (a refused request's database error must
     * not spoil the next): so no test transaction, and a schema of its own that only this class writes to.
     */
    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_api_fuzz");
        // a few thousand requests in seconds: the per-user rate limit is another test's subject
        registry.add("touchpoint.api.requests-per-minute", () -> "1000000");
    }

    @Autowired
    TransactionTemplate transaction;

    /**
     * An endpoint with a body: a valid body to mutate, as JSON text with {@code #} for a per-call unique id. The
     * accounts come last: their fuzz stores accounts whose external id is a coerced scalar ("true").
     */
    record BodyEndpoint(String name, Function<String, MockHttpServletRequestBuilder> request, String validBody) {}

    static final String HUGE = "x".repeat(100_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    ObjectMapper json;

    static String token;
    static int calls;

    @BeforeEach
    void setUp() {
        if (token == null) {
            token = transaction.execute(status -> committedData());
        }
    }

    private String committedData() {
        data.relationshipTemplate("Fuzz survey");
        String created = ApiUsers.tokenOf(data, tokens, "fuzz.ae", Role.ACCOUNT_EXECUTIVE);
        long ae = data.jdbc()
                .sql("select id from app_user where username = 'fuzz.ae'")
                .query(Long.class)
                .single();
        long account = data.account("Fuzz GmbH", ae, new BigDecimal("1000"), new BigDecimal("1000"));
        data.jdbc()
                .sql("update account set external_id = 'FUZZ-1' where id = :id")
                .param("id", account)
                .update();
        data.verticalMarket("Manufacturing", "Industry");
        data.location("Europe", "Germany");
        data.platform("Cloud");
        data.jdbc()
                .sql(
                        "insert into contact (account_id, full_name, email) values (:a, 'Fuzz Contact', 'fuzz@customer.test')")
                .param("a", account)
                .update();
        return created;
    }

    static List<BodyEndpoint> endpoints() {
        String account =
                """
                {"externalId": "F-#", "name": "Fuzzed #", "verticalMarket": "Manufacturing", "location": "Germany",
                 "servicePlatform": "Cloud", "accountExecutive": "fuzz.ae", "revenue": 1000, "potentialRevenue": 2000,
                 "status": "ACTIVE", "defectedOn": null}
                """;
        return List.of(
                new BodyEndpoint(
                        "POST /accounts/{id}/contacts",
                        id -> post("/api/v1/accounts/FUZZ-1/contacts"),
                        """
                        {"name": "Contact #", "email": "c#@customer.test", "role": "Buyer"}
                        """),
                new BodyEndpoint(
                        "POST /responses",
                        id -> post("/api/v1/responses"),
                        """
                        {"responseId": "R-#", "accountExternalId": "FUZZ-1", "contactEmail": "fuzz@customer.test",
                         "pattern": "PRESENT", "touchPoint": null, "submittedAt": "2026-05-12T09:00:00Z", "nps": 7,
                         "comment": "Fine", "templateId": null,
                         "answers": [{"cue": "Reliability", "expected": 6, "experienced": 5,
                                      "expectedValue": null, "perceivedValue": null}]}
                        """),
                new BodyEndpoint(
                        "POST /events",
                        id -> post("/api/v1/events"),
                        """
                        {"accountExternalId": "FUZZ-1", "contactEmail": "fuzz@customer.test", "touchPoint": "delivery",
                         "occurredAt": "2026-05-12T09:00:00Z"}
                        """),
                new BodyEndpoint("POST /accounts", id -> post("/api/v1/accounts"), account),
                new BodyEndpoint("PUT /accounts/{id}", id -> put("/api/v1/accounts/F-" + id), account));
    }

    /** Every mutation of every field (nested ones as {@code answers[0].cue}): name → body. */
    private Map<String, JsonNode> mutations(JsonNode valid) {
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        mutate(valid, valid, "", bodies);
        return bodies;
    }

    private void mutate(JsonNode root, JsonNode node, String path, Map<String, JsonNode> bodies) {
        if (node instanceof ArrayNode array) {
            mutate(root, array.get(0), path + "[0]", bodies);
            var many = root.deepCopy();
            ArrayNode big = (ArrayNode) at(many, path);
            for (int i = 0; i < 2_000; i++) {
                big.add(array.get(0).deepCopy());
            }
            bodies.put(path + " with 2001 items", many);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (var name : iterable(object.fieldNames())) {
            String field = path.isEmpty() ? name : path + "." + name;
            JsonNode value = object.get(name);
            bodies.put(field + " missing", with(root, path, o -> o.remove(name)));
            bodies.put(field + " null", with(root, path, o -> o.putNull(name)));
            bodies.put(
                    field + " object", with(root, path, o -> o.putObject(name).put("x", 1)));
            bodies.put(field + " string", with(root, path, o -> o.put(name, "not-a-" + name)));
            bodies.put(field + " boolean", with(root, path, o -> o.put(name, true)));
            bodies.put(field + " huge string", with(root, path, o -> o.put(name, HUGE)));
            bodies.put(field + " huge number", with(root, path, o -> o.put(name, new BigDecimal("1e400"))));
            bodies.put(field + " negative", with(root, path, o -> o.put(name, -99999999999L)));
            if (value != null && value.isTextual()) {
                bodies.put(field + " huge email-like", with(root, path, o -> o.put(name, HUGE + "@example.com")));
                bodies.put(field + " control characters", with(root, path, o -> o.put(name, "a\u0000b\r\nc")));
            }
            if (value instanceof ArrayNode || value instanceof ObjectNode) {
                mutate(root, value, field, bodies);
            }
        }
    }

    private JsonNode with(JsonNode root, String path, java.util.function.Consumer<ObjectNode> change) {
        var copy = root.deepCopy();
        change.accept((ObjectNode) at(copy, path));
        return copy;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
            if (part.endsWith("[0]")) {
                node = node.get(part.substring(0, part.length() - 3)).get(0);
            } else {
                node = node.get(part);
            }
        }
        return node;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return all;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic("fuzz.ae", token))
                        .contentType("application/json")
                        .content(body))
                .andReturn()
                .getResponse();
    }

    @Test
    void every_field_missing_null_wrong_typed_or_oversized_is_a_4xx_naming_the_field_never_a_500() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var endpoint : endpoints()) {
            var valid = json.readTree(endpoint.validBody());
            String first = Integer.toString(++calls);
            var ok = send(
                    endpoint.request().apply(first),
                    json.writeValueAsString(valid).replace("#", first));
            assertThat(ok.getStatus())
                    .as(endpoint.name() + " " + ok.getContentAsString())
                    .isLessThan(300);
            for (var mutation : mutations(valid).entrySet()) {
                String id = Integer.toString(++calls);
                String body = json.writeValueAsString(mutation.getValue()).replace("#", id);
                var response = send(endpoint.request().apply(id), body);
                String problem = check(response, mutation.getKey().split(" ")[0]);
                if (problem != null) {
                    wrong.add(endpoint.name() + ", " + mutation.getKey() + ": " + problem);
                }
            }
            for (String broken : List.of("", "null", "[]", "{", "\"text\"", "{\"a\":1}}")) {
                var response = send(endpoint.request().apply(Integer.toString(++calls)), broken);
                String problem = check(response, null);
                if (problem != null) {
                    wrong.add(endpoint.name() + ", body " + broken + ": " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Null when the answer is right: below 500, and a refusal is problem JSON naming the field. */
    private String check(MockHttpServletResponse response, String field) throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString();
        if (status >= 500) {
            return status + " " + abbreviate(body);
        }
        if (status < 400) {
            return null;
        }
        if (!String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
            return status + " not problem JSON: " + abbreviate(body);
        }
        if (field == null || status == 404) {
            return null;
        }
        var errors = json.readTree(body).get("errors");
        String root = field.replaceAll("\\[0\\].*", "");
        if (errors == null
                || !errors.findValuesAsText("field").stream().anyMatch(f -> f.equals(field) || f.startsWith(root))) {
            return status + " does not name " + field + ": " + abbreviate(body);
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    @Test
    void wrong_or_oversized_query_parameters_are_400_naming_the_parameter() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String url : List.of(
                "/api/v1/accounts?limit=abc",
                "/api/v1/accounts?offset=abc",
                "/api/v1/accounts?limit=99999999999",
                "/api/v1/accounts?after=" + "x".repeat(5_000),
                "/api/v1/issues?status=FOO",
                "/api/v1/issues?after=abc",
                "/api/v1/issues?team=abc",
                "/api/v1/metrics/gaps?months=abc",
                "/api/v1/metrics/segments?vertical=abc")) {
            var response = mvc.perform(get(url).with(httpBasic("fuzz.ae", token)))
                    .andReturn()
                    .getResponse();
            String name = url.replaceAll(".*\\?(\\w+)=.*", "$1");
            String problem = response.getStatus() == 403 ? null : check(response, name);
            if (problem != null) {
                wrong.add(url.substring(0, Math.min(60, url.length())) + ": " + problem);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
