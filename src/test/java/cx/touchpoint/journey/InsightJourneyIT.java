package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The executive opens the review on the demo company and sees what is real and what drives it: the NPS
 * headline's interval, n and verdict, the importance × performance quadrant with reliability on top, the
 * verticals' real drop and noise; then the gaps view's priority order.
 */
class InsightJourneyIT extends BrowserJourney {

    @Test
    void the_executive_sees_which_change_is_real_and_which_cue_drives_nps() {
        signIn("executive", "touchpoint");
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));

        page.navigate(url("/review"));
        page.locator("#drivers-quadrant .highcharts-series-group .highcharts-point")
                .first()
                .waitFor();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/insight-review.png"))
                .setFullPage(true));

        String detail = page.locator("#review-headline-nps .headline-detail").textContent();
        assertThat(detail)
                .as("the headline's interval, n and verdict")
                .containsPattern("^-?\\+?\\d+ to [-+]?\\d+, n = [\\d,]+")
                .containsPattern("last quarter [-+]?\\d+: (within noise|significant drop|significant rise)");
        assertThat(page.locator("#drivers-quadrant .highcharts-series-group .highcharts-point")
                        .count())
                .as("one point per cue")
                .isEqualTo(6);
        page.locator("#review-drivers")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/insight-drivers.png")));
        assertThat(page.locator("#drivers-top li").first().textContent()).startsWith("Reliability: ");
        assertThat(page.locator("#drivers-summary").textContent()).contains("R² = ", "relationship responses");
        String verticals = page.locator("#review-verticals-table").textContent();
        assertThat(verticals).contains("Manufacturing", "significant drop", "within noise");
        assertNoSeriousAccessibilityViolations("experience review with drivers");

        page.navigate(url("/gaps"));
        page.locator("#gap-priority tbody tr").first().waitFor();
        page.locator("#gap-priority")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/insight-gaps-priority.png")));
        List<String> priorities =
                page.locator("#gap-priority tbody tr td:last-child").allTextContents();
        List<Double> values = priorities.stream()
                .filter(text -> text.matches("[\\d.]+"))
                .map(Double::parseDouble)
                .toList();
        assertThat(values).as("ordered by importance × shortfall").isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(values).isNotEmpty();
        assertThat(page.locator("#gap-priority tbody tr th").first().textContent())
                .isEqualTo("Reliability");
        assertNoSeriousAccessibilityViolations("value gaps with priority");

        // usable at 390 px: the quadrant's table is there to read
        page.setViewportSize(390, 844);
        page.navigate(url("/review"));
        page.locator("#drivers-table").waitFor();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/insight-review-phone.png"))
                .setFullPage(true));
    }
}
