package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keyset paging (issue 18 C14): an insert and an update between two pages neither repeat nor skip an item,
 * where offset paging repeats one; the next page is in a {@code Link: <…>; rel="next"} header until the last.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ApiPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    ObjectMapper json;

    String executiveToken;
    long ae;

    @BeforeEach
    void setUp() {
        executiveToken = ApiUsers.tokenOf(data, tokens, "paging.executive", Role.EXECUTIVE);
        ae = data.user("paging.ae", Role.ACCOUNT_EXECUTIVE);
        for (int i = 1; i <= 5; i++) {
            account("P-0" + i);
        }
    }

    private long account(String externalId) {
        long id = data.account("Company " + externalId, ae, new BigDecimal("1000"), new BigDecimal("1000"));
        data.jdbc()
                .sql("update account set external_id = :e where id = :id")
                .param("e", externalId)
                .param("id", id)
                .update();
        return id;
    }

    private MockHttpServletResponse call(String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic("paging.executive", executiveToken)))
                .andReturn()
                .getResponse();
    }

    private static String next(MockHttpServletResponse response) {
        String link = response.getHeader("Link");
        if (link == null) {
            return null;
        }
        var m = NEXT.matcher(link);
        assertThat(m.find()).as(link).isTrue();
        return m.group(1);
    }

    private List<String> values(MockHttpServletResponse response, String field) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        for (JsonNode node : json.readTree(response.getContentAsString())) {
            values.add(node.get(field).asText());
        }
        return values;
    }

    @Test
    void accounts_page_by_external_id_and_an_insert_or_update_between_pages_neither_repeats_nor_skips()
            throws Exception {
        var first = call("/api/v1/accounts?limit=2");
        assertThat(values(first, "externalId")).containsExactly("P-01", "P-02");
        assertThat(next(first)).isEqualTo("/api/v1/accounts?after=P-02&limit=2");

        // between the calls: one account added before the cursor, one after, one renamed
        account("P-00");
        account("P-06");
        data.jdbc()
                .sql("update account set name = 'Renamed' where external_id = 'P-03'")
                .update();

        List<String> seen = new ArrayList<>(List.of("P-01", "P-02"));
        String url = next(first);
        int pages = 1;
        while (url != null) {
            var page = call(url);
            seen.addAll(values(page, "externalId"));
            url = next(page);
            pages++;
        }
        assertThat(seen).containsExactly("P-01", "P-02", "P-03", "P-04", "P-05", "P-06");
        assertThat(pages).isEqualTo(3);

        // what offset paging does with the same insert: the second page repeats the first page's last item
        assertThat(values(call("/api/v1/accounts?offset=2&limit=2"), "externalId"))
                .containsExactly("P-02", "P-03");
    }

    @Test
    void an_issue_column_pages_by_id_and_an_insert_or_update_between_pages_neither_repeats_nor_skips()
            throws Exception {
        long account = account("P-10");
        var now = TestClockConfig.START;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(data.issue(account, "NEW", now.minus(Duration.ofHours(10 - i)), now.plus(Duration.ofHours(i))));
        }
        var first = call("/api/v1/issues?status=NEW&limit=2");
        assertThat(values(first, "id"))
                .containsExactly(ids.get(0).toString(), ids.get(1).toString());

        // between the calls: a new issue, and the last one becomes critical and overdue (the board's order moves)
        long raised = data.issue(account, "NEW", now, now.plus(Duration.ofDays(1)));
        data.jdbc()
                .sql("update issue set severity = 'CRITICAL', sla_due_at = :due where id = :id")
                .param("due", java.sql.Timestamp.from(now.minus(Duration.ofHours(1))))
                .param("id", ids.get(3))
                .update();

        List<String> seen = new ArrayList<>(values(first, "id"));
        String url = next(first);
        assertThat(url).isEqualTo("/api/v1/issues?status=NEW&after=" + ids.get(1) + "&limit=2");
        while (url != null) {
            var page = call(url);
            seen.addAll(values(page, "id"));
            url = next(page);
        }
        assertThat(seen)
                .containsExactly(
                        ids.get(0).toString(),
                        ids.get(1).toString(),
                        ids.get(2).toString(),
                        ids.get(3).toString(),
                        Long.toString(raised));
    }

    @Test
    void the_last_page_has_no_next_link_and_a_limit_is_kept_in_range() throws Exception {
        var all = call("/api/v1/accounts?limit=5");
        assertThat(values(all, "externalId")).hasSize(5);
        assertThat(all.getHeader("Link")).isNull();
        var one = call("/api/v1/accounts?limit=0");
        assertThat(values(one, "externalId")).containsExactly("P-01");
        assertThat(next(one)).isEqualTo("/api/v1/accounts?after=P-01&limit=1");
    }
}
