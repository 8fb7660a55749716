package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import cx.touchpoint.theme.ThemeTestJobs;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** A comment posted through the API waits for the analysis job, then has its theme and sentiment (issue 22). */
@DatabaseTest
@AutoConfigureMockMvc
class CommentsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectMapper json;

    String token;

    @BeforeEach
    void setUp() {
        data.jdbc().sql("delete from comment_analysis").update();
        long admin = data.user("comments.api.admin", Role.ADMIN);
        long template = data.relationshipTemplate("Comments API survey");
        long account = data.account("Comments API GmbH", admin, new BigDecimal("100000"), new BigDecimal("100000"));
        data.jdbc()
                .sql("update account set external_id = 'COMMENTS-1' where id = :id")
                .param("id", account)
                .update();
        ThemeTestJobs.fixtureThemes(context, data, template, account, Instant.parse("2026-05-01T10:00:00Z"));
        var user = new SignedInUser(admin, "comments.api.admin", "Test", Role.ADMIN, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        token = tokens.create("comments test");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic("comments.api.admin", token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aCommentPostedThroughTheApiGetsItsThemeAndSentimentOnceTheJobRan() throws Exception {
        mvc.perform(
                        post("/api/v1/responses")
                                .with(httpBasic("comments.api.admin", token))
                                .contentType("application/json")
                                .content(
                                        """
                                {"accountExternalId": "COMMENTS-1", "pattern": "PRESENT", "nps": 2,
                                 "comment": "Frustrating that we need to recharge our scanners twice a day."}
                                """))
                .andExpect(status().isCreated());

        JsonNode waiting = getJson("/api/v1/comments?limit=1").get(0);
        assertThat(waiting.path("text").asText())
                .isEqualTo("Frustrating that we need to recharge our scanners twice a day.");
        assertThat(waiting.path("accountExternalId").asText()).isEqualTo("COMMENTS-1");
        assertThat(waiting.path("analysis").asText()).isEqualTo("PENDING");
        assertThat(waiting.path("theme").isNull()).isTrue();

        assertThat(ThemeTestJobs.analyse(context)).isEqualTo(1);

        JsonNode analysed = getJson("/api/v1/comments?limit=1").get(0);
        assertThat(analysed.path("analysis").asText()).isEqualTo("ANALYSED");
        assertThat(analysed.path("sentiment").asText()).isEqualTo("NEGATIVE");
        assertThat(analysed.path("sentimentScore").asDouble()).isLessThan(-0.4);
        long theme = analysed.path("theme").path("id").asLong();
        JsonNode sameTheme = getJson("/api/v1/comments?theme=" + theme + "&limit=500");
        assertThat(sameTheme.findValuesAsText("text")).contains("We have to recharge the devices twice a day.");
    }

    @Test
    void commentsArePagedByAStableKeyAndFilteredBySentiment() throws Exception {
        var first = mvc.perform(get("/api/v1/comments?limit=20").with(httpBasic("comments.api.admin", token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        JsonNode firstPage = json.readTree(first.getContentAsString());
        assertThat(firstPage).hasSize(20);
        long last = firstPage.get(19).path("id").asLong();
        assertThat(first.getHeader("Link")).contains("after=" + last).endsWith("; rel=\"next\"");
        JsonNode second = getJson("/api/v1/comments?limit=20&after=" + last);
        assertThat(second.get(0).path("id").asLong()).isLessThan(last);
        var third = mvc.perform(get("/api/v1/comments?limit=20&after="
                                + second.get(19).path("id").asLong())
                        .with(httpBasic("comments.api.admin", token)))
                .andReturn()
                .getResponse();
        assertThat(json.readTree(third.getContentAsString())).hasSize(10);
        assertThat(third.getHeader("Link")).as("the last page").isNull();

        JsonNode positive = getJson("/api/v1/comments?sentiment=POSITIVE&limit=500");
        assertThat(positive.size()).isPositive();
        assertThat(positive.findValuesAsText("sentiment")).containsOnly("POSITIVE");

        mvc.perform(get("/api/v1/comments?sentiment=ANGRY").with(httpBasic("comments.api.admin", token)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void themesComeWithTheirVolumeNegativeShareAndImpact() throws Exception {
        JsonNode themes = getJson("/api/v1/themes");
        assertThat(themes).hasSize(5);
        long all = 0;
        for (JsonNode theme : themes) {
            all += theme.path("comments").asLong();
            assertThat(theme.path("negativeShare").asDouble()).isBetween(0.0, 1.0);
            assertThat(theme.has("npsImpact")).isTrue();
        }
        assertThat(all).as("themed comments of the fixture's 50").isBetween(30L, 50L);
    }
}
