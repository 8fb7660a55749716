package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SegmentsJourneyIT extends BrowserJourney {

    @Test
    void executive_sees_four_populated_segments_and_the_scatter_then_opens_an_account_from_the_grid() throws Exception {
        signIn("executive", "touchpoint");
        // Spring Security returns to the saved request, which may carry a "?continue" marker
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));

        page.navigate(url("/segments"));
        Locator points = page.locator("#segment-scatter .highcharts-series-group .highcharts-point");
        points.first().waitFor();
        assertThat(points.count()).isGreaterThan(100);
        for (String segment : new String[] {"model", "growth", "at-risk", "dangling"}) {
            String count = page.locator("#segment-card-" + segment + " .segment-accounts")
                    .textContent();
            assertThat(count).as(segment).matches("[1-9][\\d,]*");
        }
        assertThat(page.locator("#movement-matrix").isVisible()).isTrue();
        assertThat(page.locator("#headline-revenue-at-risk .headline-value").textContent())
                .startsWith("$");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/segments-journey.png"))
                .setFullPage(true));

        // a card's link lists its accounts (the cards are one HTML fragment each; the router follows the link)
        page.locator("#segment-card-at-risk .segment-list-link").click();
        page.waitForURL(Pattern.compile(".*/accounts\\?segment=AT_RISK.*"));
        page.locator("#accounts-grid a").first().waitFor();
        page.goBack();
        points.first().waitFor();

        // a point of the scatter opens its account (chart centred, clear of the licence banner at the bottom)
        page.locator("#segment-scatter").evaluate("chart => chart.scrollIntoView({block: 'center'})");
        page.waitForTimeout(1000);
        points.nth(5).click(new Locator.ClickOptions().setForce(true));
        page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
        page.locator("#account-name").waitFor();

        page.navigate(url("/accounts"));
        Locator firstAccount = page.locator("#accounts-grid a").first();
        firstAccount.waitFor();
        Download download =
                page.waitForDownload(() -> page.locator("#export-csv").click());
        String csv = Files.readString(download.path());
        // every CSV starts with the UTF-8 byte-order mark, so Excel reads accents right (issue #12 item 7)
        assertThat(csv).startsWith("\uFEFFAccount,Segment,Score,NPS (12 months),Annual revenue");
        assertThat(csv.lines().count()).isGreaterThan(500);
        String name = firstAccount.textContent();
        firstAccount.click();

        page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
        page.locator("#account-name").waitFor();
        assertThat(page.locator("#account-name").textContent()).isEqualTo(name);
        assertThat(page.locator("#account-facts").isVisible()).isTrue();
    }
}
