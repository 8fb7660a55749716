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
import java.nio.file.Paths;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's journey: the demo's comments are analysed and themed in the background; an admin renames (and so
 * pins) the battery theme, adds a routing rule by that theme, and a new complaint about batteries in words no
 * rule lists reaches product development's board.
 */
class ThemesJourneyIT extends BrowserJourney {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** About batteries, without a word of the product-defects rule (battery, power, defect, ...). */
    private static final String COMMENT = "Our scanners need charging twice a day and are empty by lunch.";

    @Test
    void an_admin_names_a_theme_routes_by_it_and_a_new_comment_reaches_product_development() throws Exception {
        signIn("admin", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/themes"));
        // the demo's comments are analysed and the first themes found in the background
        page.waitForFunction(
                "() => { const g = document.querySelector('#themes-grid'); return g && g.size > 0 }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(240_000).setPollingInterval(2_000));
        assertThat(page.locator("#analysis-progress").textContent()).contains("Languages analysed: English");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/themes.png"))
                .setFullPage(true));
        assertNoSeriousAccessibilityViolations("themes");

        // the theme that holds the battery complaints
        var battery = page.locator("#themes-grid a.theme-link")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile("batter|charge|scanner|power|shift")))
                .first();
        battery.click();
        page.locator("#theme-rename").waitFor();
        page.locator("#theme-rename input").fill("Scanner battery life");
        page.locator("#theme-rename-save").click();
        page.locator("#theme-name:has-text('Scanner battery life')").waitFor();
        assertThat(page.locator("#theme-pin").textContent()).isEqualTo("Unpin");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/theme.png"))
                .setFullPage(true));
        assertNoSeriousAccessibilityViolations("a theme");

        page.navigate(url("/admin/routing-rules"));
        page.locator("#new-rule").click();
        page.locator("#rule-name input").fill("Battery life, whatever the words");
        page.locator("#rule-theme input").fill("Scanner battery life");
        page.locator("vaadin-combo-box-item:has-text('Scanner battery life')").click();
        page.locator("#rule-team input").fill("Product development");
        page.locator("vaadin-combo-box-item:has-text('Product development')").click();
        page.locator("#rule-sample textarea").fill(COMMENT);
        page.locator("#rule-test").click();
        page.locator("#rule-test-result:has-text('The analysis sees')").waitFor();
        assertThat(page.locator("#rule-test-result").textContent()).contains("Scanner battery life");
        assertThat(page.locator("#rule-test-result").getAttribute("data-matches"))
                .isEqualTo("true");
        assertNoSeriousAccessibilityViolations("routing rule by theme");
        page.locator("#rule-save").click();
        page.locator("vaadin-grid-cell-content:has-text('theme Scanner battery life')")
                .first()
                .waitFor();

        // a customer writes about batteries in words no rule lists
        long issue = postResponse(COMMENT);
        String team = null;
        for (int i = 0; i < 60 && !"Product development".equals(team); i++) {
            Thread.sleep(1_000);
            team = issue(issue).path("issue").path("teamName").asText();
        }
        assertThat(team).isEqualTo("Product development");
        assertThat(issue(issue).path("issue").path("themeName").asText()).isEqualTo("Scanner battery life");

        // product development's specialist finds it on their board, with its theme
        Page specialist = separatePage(1440, 1000);
        specialist.navigate(url("/login"));
        specialist.locator("input[name='username']").fill("specialist");
        specialist.locator("input[name='password']").fill("touchpoint");
        specialist.locator("vaadin-login-form vaadin-button").first().click();
        specialist.waitForURL(url("/"));
        specialist.navigate(url("/issues?issue=" + issue));
        specialist.locator("#detail-audit").waitFor();
        assertThat(specialist.locator("text=Scanner battery life").count()).isPositive();
        specialist.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/themed-issue.png"))
                .setFullPage(true));
        assertNoSeriousAccessibilityViolations(specialist, "issue routed by theme");
        specialist.context().close();
    }

    private static final String BASIC =
            "Basic " + Base64.getEncoder().encodeToString("admin:demo-admin".getBytes(StandardCharsets.UTF_8));

    /** Admins write accounts but do not read them (the permission of their screens): an executive reads. */
    private static final String READER =
            "Basic " + Base64.getEncoder().encodeToString("executive:demo-executive".getBytes(StandardCharsets.UTF_8));

    /** A new account like TP-1 (so it has no open issue a detractor would attach to). */
    private String newAccount() throws Exception {
        var get = HttpRequest.newBuilder(URI.create(url("/api/v1/accounts/TP-1")))
                .header("Authorization", READER)
                .GET()
                .build();
        var account = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(HttpClient.newHttpClient()
                .send(get, HttpResponse.BodyHandlers.ofString())
                .body());
        account.put("externalId", "TP-THEMES");
        account.put("name", "Themes Journey Logistics");
        var post = HttpRequest.newBuilder(URI.create(url("/api/v1/accounts")))
                .header("Authorization", BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(account)))
                .build();
        var answer = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return "TP-THEMES";
    }

    /** Posts a detractor's response with the comment through the API; returns the issue it raised. */
    private long postResponse(String comment) throws Exception {
        var post = HttpRequest.newBuilder(URI.create(url("/api/v1/responses")))
                .header("Authorization", BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("accountExternalId", newAccount(), "pattern", "PRESENT", "nps", 3, "comment", comment))))
                .build();
        var answer = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode issues = JSON.readTree(answer.body()).path("issueIds");
        assertThat(issues.size()).as(answer.body()).isGreaterThanOrEqualTo(1);
        return issues.get(0).asLong();
    }

    private JsonNode issue(long id) throws Exception {
        var get = HttpRequest.newBuilder(URI.create(url("/api/v1/issues/" + id)))
                .header("Authorization", BASIC)
                .GET()
                .build();
        return JSON.readTree(HttpClient.newHttpClient()
                .send(get, HttpResponse.BodyHandlers.ofString())
                .body());
    }
}
