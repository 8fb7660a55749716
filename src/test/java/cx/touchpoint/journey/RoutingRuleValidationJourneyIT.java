package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Refused input shows beside each field at once, and nothing is stored (issue #11, one validation style). */
class RoutingRuleValidationJourneyIT extends BrowserJourney {

    @Test
    void an_admin_sees_every_problem_of_a_new_rule_beside_its_field() {
        signIn("admin", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/admin/routing-rules"));
        page.locator("vaadin-grid").first().waitFor();
        assertNoSeriousAccessibilityViolations("routing rules");
        Object rulesBefore = page.locator("vaadin-grid").first().evaluate("grid => grid.size");

        page.locator("#new-rule").click();
        page.locator("#rule-name input").fill("x");
        page.locator("#rule-keywords input").fill("a, battery");
        page.locator("#rule-save").click();

        Locator name = page.locator("#rule-name[invalid]");
        name.waitFor();
        // the field turns invalid on the client first (its length limit); the server's message follows
        page.waitForFunction("() => document.querySelector('#rule-name').errorMessage");
        assertThat(name.evaluate("field => field.errorMessage")).isEqualTo("Name: 2 to 100 characters.");
        assertThat(page.locator("#rule-keywords").evaluate("field => field.errorMessage"))
                .isEqualTo("Keywords: each 2 to 60 characters.");
        assertThat(page.locator("#rule-team").evaluate("field => field.errorMessage"))
                .isEqualTo("Owner team: choose the team the rule routes to.");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/routing-rule-problems.png"))
                .setFullPage(true));
        assertNoSeriousAccessibilityViolations("routing rule form with problems");

        page.keyboard().press("Escape");
        page.navigate(url("/admin/routing-rules"));
        page.locator("vaadin-grid").first().waitFor();
        assertThat(page.locator("vaadin-grid").first().evaluate("grid => grid.size"))
                .isEqualTo(rulesBefore);
    }
}
