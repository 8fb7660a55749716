package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A demo company of 1,500 accounts: more scored accounts than the scatter draws as points, so it
 * draws bubbles of similar accounts, and a bubble lists its accounts.
 */
class ScatterAtScaleJourneyIT extends BrowserJourney {

    /** A larger demo company, in a schema of its own. */
    @DynamicPropertySource
    static void scaledCompany(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_scale");
        registry.add("touchpoint.demo.accounts", () -> 1_500);
    }

    @Test
    void executive_sees_bubbles_of_similar_accounts_and_opens_an_account_from_a_bubble() {
        signIn("executive", "touchpoint");
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));

        page.navigate(url("/segments"));
        Locator bubbles = page.locator("#segment-scatter .highcharts-bubble-series .highcharts-point");
        bubbles.first().waitFor();
        assertThat(bubbles.count()).isBetween(20, 400);
        assertThat(page.locator("#segment-scatter .highcharts-subtitle").textContent())
                .contains("click a bubble to list them");
        assertThat(page.locator("#headline-placed .headline-value").textContent())
                .matches("1,[0-9]{3}");
        page.locator("#segment-scatter").evaluate("chart => chart.scrollIntoView({block: 'center'})");
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/segments-at-scale.png")));
        assertNoSeriousAccessibilityViolations("segments with 1,500 accounts");

        bubbles.first().click(new Locator.ClickOptions().setForce(true));
        Locator dialog = page.locator("vaadin-dialog-overlay");
        dialog.getByText(Pattern.compile("accounts?, score")).waitFor();
        // cells with text: the grid also keeps empty cells (footer row, spare rows) between header and body
        Locator rows = page.locator("#scatter-cell-accounts vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\S")));
        rows.nth(3).waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/scatter-cell.png")));
        assertNoSeriousAccessibilityViolations("accounts of a scatter bubble");
        String name = rows.nth(3).textContent(); // after the three header cells: the first account's name
        rows.nth(3).click();

        page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
        page.locator("#account-name").waitFor();
        assertThat(page.locator("#account-name").textContent()).isEqualTo(name);
    }
}
