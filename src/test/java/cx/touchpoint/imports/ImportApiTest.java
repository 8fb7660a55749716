package cx.touchpoint.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.api.ApiTokenService;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** {@code POST /api/v1/imports} starts the import page's background import; {@code GET} follows it. */
@DatabaseTest
@AutoConfigureMockMvc
@Import(InlineImports.class)
class ImportApiTest {

    static final String RESPONSES = "response_id,account_external_id,responded_at,nps,comment\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    ObjectMapper json;

    @Autowired
    UploadStore store;

    long own;
    String adminToken;
    String aeToken;
    String executiveToken;

    @BeforeEach
    void setUp() {
        data.relationshipTemplate("API import survey");
        long ae = data.user("imp.ae", Role.ACCOUNT_EXECUTIVE);
        long otherAe = data.user("imp.other", Role.ACCOUNT_EXECUTIVE);
        long admin = data.user("imp.admin", Role.ADMIN);
        long executive = data.user("imp.exec", Role.EXECUTIVE);
        data.verticalMarket("Manufacturing", "Industry");
        data.location("Europe", "Germany");
        data.platform("Cloud");
        own = data.account("Own Import GmbH", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long other = data.account("Other Import AG", otherAe, new BigDecimal("100000"), new BigDecimal("100000"));
        externalId(own, "IMP-OWN");
        externalId(other, "IMP-OTHER");
        adminToken = tokenOf(admin, "imp.admin", Role.ADMIN);
        aeToken = tokenOf(ae, "imp.ae", Role.ACCOUNT_EXECUTIVE);
        executiveToken = tokenOf(executive, "imp.exec", Role.EXECUTIVE);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void externalId(long account, String externalId) {
        data.jdbc()
                .sql("update account set external_id = :e where id = :id")
                .param("e", externalId)
                .param("id", account)
                .update();
    }

    String tokenOf(long id, String username, Role role) {
        var user = new SignedInUser(id, username, "Test " + username, role, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return tokens.create("import test");
    }

    MockMultipartHttpServletRequestBuilder upload(String name, String csv, String kind) {
        var request = multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        request.param("kind", kind);
        return request;
    }

    /** Polls the import until it no longer runs (at most 20 tries), answering its last status. */
    JsonNode pollUntilDone(String location, String user, String token) throws Exception {
        JsonNode status = null;
        for (int i = 0; i < 20; i++) {
            status = json.readTree(mvc.perform(get(location).with(httpBasic(user, token)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            if (!status.get("running").asBoolean()) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    long storedFiles() throws IOException {
        try (var files = Files.list(store.dir())) {
            return files.count();
        }
    }

    @Test
    void an_admin_starts_an_import_gets_202_with_its_location_and_polls_it_to_done() throws Exception {
        String location = mvc.perform(upload(
                                "nightly.csv",
                                RESPONSES + "crm-1,IMP-OWN,2026-04-02T09:30:00Z,9,Great\r\n"
                                        + "crm-2,IMP-OTHER,2026-04-02T10:30:00Z,4,Slow\r\n",
                                "responses")
                        .with(httpBasic("imp.admin", adminToken)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/imports/\\d+")))
                .andExpect(jsonPath("$.kind").value("responses"))
                .andExpect(jsonPath("$.fileName").value("nightly.csv"))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        JsonNode done = pollUntilDone(location, "imp.admin", adminToken);

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.get("rowsRead").asInt()).isEqualTo(2);
        assertThat(done.get("rowsStored").asInt()).isEqualTo(2);
        assertThat(done.get("message").asText()).isEqualTo("2 rows stored, 0 already there unchanged.");
        assertThat(done.get("problems")).isEmpty();
        assertThat(storedFiles())
                .as("the upload is deleted when its import ends")
                .isZero();
    }

    @Test
    void an_account_executive_imports_only_their_book_and_gets_the_error_report() throws Exception {
        String location = mvc.perform(upload(
                                "mixed.csv",
                                RESPONSES + "crm-1,IMP-OWN,2026-04-02T09:30:00Z,9,Great\r\n"
                                        + "crm-2,IMP-OTHER,2026-04-02T10:30:00Z,4,Slow\r\n"
                                        + "crm-3,IMP-OWN,2026-04-02T11:30:00Z,11,Too high\r\n",
                                "responses")
                        .with(httpBasic("imp.ae", aeToken)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        JsonNode rejected = pollUntilDone(location, "imp.ae", aeToken);

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("rowsInvalid").asInt()).isEqualTo(2);
        assertThat(rejected.get("message").asText()).startsWith("2 of 3 rows have problems, so nothing was stored.");
        assertThat(rejected.get("problems").toString())
                .contains("{\"row\":3,\"column\":\"account_external_id\",\"value\":\"IMP-OTHER\","
                        + "\"problem\":\"names no account (of your book)\"}")
                .contains("{\"row\":4,\"column\":\"nps\",\"value\":\"11\",\"problem\":\"must be 0 to 10\"}");
        mvc.perform(get(location + "/problems").with(httpBasic("imp.ae", aeToken)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "3,account_external_id,IMP-OTHER,names no account (of your book)")));
        assertThat(data.jdbc()
                        .sql("select count(*) from survey_response where account_id = :a")
                        .param("a", own)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get(location).with(httpBasic("imp.admin", adminToken))).andExpect(status().isOk());
    }

    @Test
    void another_persons_import_is_404_to_an_account_executive() throws Exception {
        String location = mvc.perform(
                        upload("a.csv", RESPONSES + "crm-9,IMP-OWN,2026-04-02T09:30:00Z,9,\r\n", "responses")
                                .with(httpBasic("imp.admin", adminToken)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location).with(httpBasic("imp.ae", aeToken)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void a_role_without_import_rights_is_refused_with_403_and_nothing_is_kept() throws Exception {
        long before = storedFiles();

        mvc.perform(upload("nightly.csv", RESPONSES + "crm-1,IMP-OWN,2026-04-02T09:30:00Z,9,Great\r\n", "responses")
                        .with(httpBasic("imp.exec", executiveToken)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(data.jdbc()
                        .sql("select count(*) from import_job")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/imports/1").with(httpBasic("imp.exec", executiveToken)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_file_of_600_columns_or_an_unknown_kind_is_400_with_the_reason_and_no_file_is_kept() throws Exception {
        String wide = IntStream.rangeClosed(1, 600).mapToObj(i -> "c" + i).collect(Collectors.joining(",")) + "\r\n";

        mvc.perform(upload("wide.csv", wide + wide, "accounts").with(httpBasic("imp.admin", adminToken)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("The file has more than 500" + " columns")));
        mvc.perform(upload("a.csv", RESPONSES, "surveys").with(httpBasic("imp.admin", adminToken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("kind: \"surveys\" is not accounts, contacts or responses."));

        assertThat(storedFiles()).isZero();
    }

    @Test
    void a_mapping_by_column_name_imports_another_layout() throws Exception {
        String location = mvc.perform(upload(
                                "kunden.csv",
                                "Kunde;Zeitpunkt;Empfehlung\r\nIMP-OWN;02.04.2026 09:30;8\r\n",
                                "responses")
                        .param(
                                "mapping",
                                "{\"Kunde\": \"account_external_id\", \"Zeitpunkt\": \"responded_at\","
                                        + " \"Empfehlung\": \"nps\"}")
                        .with(httpBasic("imp.admin", adminToken)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        assertThat(pollUntilDone(location, "imp.admin", adminToken)
                        .get("rowsStored")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void the_import_api_is_in_the_openapi_document() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/imports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/imports/{id}'].get").exists());
    }
}
