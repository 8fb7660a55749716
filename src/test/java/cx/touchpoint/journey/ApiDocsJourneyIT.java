package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The API after issues 18 C14-C16 and 19: the general manager's demo token (promised by the README) pages
 * through the issue board by key, the token is listed on their profile, and the API docs page still loads
 * and describes paging, retries and the 429.
 */
class ApiDocsJourneyIT extends BrowserJourney {

    @Test
    void the_general_managers_demo_token_pages_the_board_and_the_api_docs_describe_it() throws Exception {
        var http = HttpClient.newHttpClient();
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString("general.manager:demo-general.manager".getBytes(StandardCharsets.UTF_8));
        var first = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/issues?status=CLOSED&limit=5")))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String next = first.headers().firstValue("Link").orElseThrow();
        assertThat(next).matches("</api/v1/issues\\?status=CLOSED&after=\\d+&limit=5>; rel=\"next\"");
        var second = http.send(
                HttpRequest.newBuilder(URI.create(url(next.substring(1, next.indexOf('>')))))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).startsWith("[{\"id\":");

        signIn("general.manager", "touchpoint");
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate(url("/profile/api-tokens"));
        page.locator("#api-tokens vaadin-grid-cell-content:has-text('Demo token')")
                .waitFor();
        screenshot("api-tokens-demo-token");
        assertNoSeriousAccessibilityViolations("API tokens with the demo token");

        // /api/docs redirects to /api/swagger-ui/index.html, which asked for HTTP Basic before (a 401 the browser
        // could not show): the docs page loads without sign-in
        page.navigate(url("/api/docs"));
        page.locator("text=Paging by key").first().waitFor();
        page.locator(".opblock-summary-path:has-text(\"/api/v1/accounts\")")
                .first()
                .waitFor();
        assertThat(page.content()).contains("Idempotency-Key").contains("429");
        screenshot("api-docs");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
