package cx.touchpoint.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cx.touchpoint.testsupport.DatabaseTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document tells how webhooks are signed and what POST /events answers. */
@DatabaseTest
@AutoConfigureMockMvc
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_docs_describe_the_webhook_signature_and_the_events_outcomes() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Touchpoint API"))
                .andExpect(jsonPath("$.info.description")
                        .value(Matchers.containsString("Touchpoint-Signature: t=<unix seconds>,v1=<hex>")))
                .andExpect(jsonPath("$.info.description").value(Matchers.containsString("X-Touchpoint-Event-Id")))
                .andExpect(jsonPath("$.paths['/api/v1/events'].post.summary")
                        .value(Matchers.containsString("NO_TRIGGER")));
    }

    @Test
    void the_api_docs_describe_paging_retries_the_429_and_each_endpoints_roles() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.description").value(Matchers.containsString("rel=\"next\"")))
                .andExpect(jsonPath("$.info.description").value(Matchers.containsString("is 422")))
                .andExpect(jsonPath("$.info.description").value(Matchers.containsString("429 with `Retry-After`")))
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].get.summary")
                        .value(Matchers.containsString("Executives, account executives, team leads")))
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].get.parameters[?(@.name == 'after')]")
                        .isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/responses'].post.responses['422'].description")
                        .value(Matchers.containsString("different body")));
    }
}
