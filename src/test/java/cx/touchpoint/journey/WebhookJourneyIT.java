package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Issue #9 section 3, "done means": an admin subscribes a local test server to issue.created, a detractor
 * response is posted through the REST API, the server receives a signed issue.created, and the admin sees
 * the delivery in the log. Issue #19 finding 1: first the admin tries the same server as http://127.0.0.1:… and
 * sees the refusal beside the URL field. Issue #18 C17: the signature covers the timestamp.
 */
class WebhookJourneyIT extends BrowserJourney {

    @Test
    void admin_subscribes_a_local_server_and_sees_the_signed_issue_created_delivered() throws Exception {
        try (var receiver = new MockWebServer()) {
            for (int i = 0; i < 5; i++) {
                receiver.enqueue(new MockResponse().setResponseCode(200));
            }
            receiver.start();

            signIn("admin", "touchpoint");
            page.waitForURL(address -> !address.contains("/login"));
            page.navigate(url("/admin/webhooks"));
            page.locator("#webhook-name").waitFor();
            assertNoSeriousAccessibilityViolations("webhooks");

            screenshot("webhooks-empty");
            page.locator("#webhook-name input").fill("Journey receiver");
            page.locator("#webhook-events vaadin-checkbox:has-text('issue.created')")
                    .click();

            // issue #19 finding 1: an internal target is refused beside the URL field, and nothing is stored
            page.locator("#webhook-url input").fill("http://127.0.0.1:" + receiver.getPort() + "/touchpoint");
            page.locator("#add-webhook").click();
            page.waitForCondition(() -> page.locator("#webhook-url").getAttribute("invalid") != null);
            String refusal = page.locator("#webhook-url")
                    .evaluate("field => field.errorMessage")
                    .toString();
            assertThat(refusal)
                    .isEqualTo("Target URL: refused: 127.0.0.1 is a loopback address. Webhooks go only to public"
                            + " addresses; an admin can allow a named on-premises receiver with the setting"
                            + " touchpoint.webhooks.allowed-internal-hosts.");
            assertThat(page.locator("#webhook-url [slot='error-message']").innerText())
                    .contains("loopback");
            assertThat(page.locator("#webhook-secret").count()).isZero();
            screenshot("webhook-internal-refused");
            assertNoSeriousAccessibilityViolations("webhook refusal");
            page.setViewportSize(390, 900);
            screenshot("webhook-internal-refused-390");
            page.setViewportSize(1440, 1000);

            // the tests allow the name "localhost" (touchpoint.webhooks.allowed-internal-hosts): an on-premises
            // receiver
            page.locator("#webhook-url input").fill("http://localhost:" + receiver.getPort() + "/touchpoint");
            page.locator("#add-webhook").click();
            page.locator("#webhook-secret").waitFor();
            String secret = page.locator("#webhook-secret input").inputValue();
            assertThat(secret).startsWith("whsec_");
            screenshot("webhook-secret-once");
            assertNoSeriousAccessibilityViolations("webhook secret dialog");
            page.locator("#close-secret").click();
            page.locator("vaadin-grid-cell-content:has-text('Journey receiver')")
                    .waitFor();

            var post = HttpRequest.newBuilder(URI.create(url("/api/v1/responses")))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString("admin:demo-admin".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(
                            HttpRequest.BodyPublishers.ofString(
                                    """
                            {"accountExternalId": "TP-1", "pattern": "PRESENT", "nps": 2,
                             "comment": "Journey: the delivery was late and nobody called back",
                             "answers": [{"cue": "Reliability", "expected": 7, "experienced": 1}]}
                            """))
                    .build();
            var answer = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

            RecordedRequest delivery = receiver.takeRequest(60, TimeUnit.SECONDS);
            assertThat(delivery).as("the sender posts within a minute").isNotNull();
            String body = delivery.getBody().readUtf8();
            assertThat(delivery.getHeader("X-Touchpoint-Event")).isEqualTo("issue.created");
            assertThat(delivery.getHeader("X-Touchpoint-Signature")).isEqualTo(hmac(secret, body));
            String timestamp = delivery.getHeader("X-Touchpoint-Timestamp");
            assertThat(delivery.getHeader("Touchpoint-Signature"))
                    .isEqualTo("t=" + timestamp + ",v1="
                            + hmac(secret, timestamp + "." + body).substring(7));
            JsonNode event = new ObjectMapper().readTree(body);
            assertThat(event.at("/data/issue/accountExternalId").asText()).isEqualTo("TP-1");

            page.locator("vaadin-button[aria-label='Delivery log of Journey receiver']")
                    .click();
            page.locator("#refresh-webhooks").click();
            page.locator("#webhook-deliveries vaadin-grid-cell-content:has-text('delivered')")
                    .first()
                    .waitFor();
            assertThat(page.locator("#webhook-deliveries vaadin-grid-cell-content:has-text('issue.created')")
                            .count())
                    .isGreaterThanOrEqualTo(1);
            assertThat(page.locator("#webhook-deliveries vaadin-grid-cell-content:has-text('HTTP 200')")
                            .count())
                    .isGreaterThanOrEqualTo(1);
            screenshot("webhook-delivery-log");
            assertNoSeriousAccessibilityViolations("webhook delivery log");
        }
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
