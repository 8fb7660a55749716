package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import cx.touchpoint.base.Quarter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The executive opens the experience review on the demo company and sees it whole at once. */
class ReviewJourneyIT extends BrowserJourney {

    @Autowired
    Clock clock;

    @Test
    void the_review_shows_eight_quarters_of_nps_up_to_this_one_as_soon_as_it_is_drawn() {
        signIn("executive", "touchpoint");
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));

        page.navigate(url("/review"));
        page.locator("#review-nps-chart .highcharts-series path").first().waitFor();
        // what a screenshot (or the meeting room's projector) shows the moment the chart is drawn
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/review-journey.png"))
                .setFullPage(true));

        Quarter current = Quarter.current(clock);
        List<String> quarters = new ArrayList<>();
        for (int back = 7; back >= 0; back--) {
            quarters.add(current.minus(back).label());
        }
        // each quarter's label carries its n on a second line ("2026 Q2", "n = 104")
        assertThat(page.locator("#review-nps-chart .highcharts-xaxis-labels text").allTextContents().stream()
                        .map(label -> label.substring(0, 7))
                        .toList())
                .containsExactlyElementsOf(quarters);
        // every quarter's value is drawn at once: Highcharts' initial animation revealed the line from the
        // left over a second and held back the values until it ended, so the chart looked like 2025 Q1-Q2 only
        assertThat(page.locator("#review-nps-chart .highcharts-data-labels")
                        .evaluateAll("groups => groups.map(group => getComputedStyle(group).opacity)"))
                .isEqualTo(List.of("1"));
        // a label's text is its outline copy, a zero-width space and the text
        List<String> values = page.locator("#review-nps-chart .highcharts-data-label text").allTextContents().stream()
                .map(text -> text.substring(text.lastIndexOf('\u200B') + 1))
                // a significant quarter's label adds the verdict: "-12 · significant drop"
                .map(text -> text.split(" · ")[0])
                .toList();
        assertThat(values).hasSize(8).allSatisfy(value -> assertThat(value).matches("-?\\d+"));
        String headline = page.locator("#review-headline-nps .headline-value").textContent();
        assertThat(values.get(7))
                .as("this quarter's point is the headline's NPS")
                .isEqualTo(headline.replace("+", ""));
        assertThat(page.locator("#review-goals-grid vaadin-grid-cell-content").allTextContents())
                .contains("Company NPS");
        assertThat(page.locator("#review-goals-grid").textContent()).contains("Logistics", "Finance");
        // issue #19 finding 10: chart texts reach Highcharts escaped (ChartJson) and read as the characters they are
        var groups = page.locator("#review-defections-chart .highcharts-xaxis-labels text");
        groups.first().waitFor();
        page.locator("#review-defections-chart").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/review-defections-escaped.png"))
                .setFullPage(true));
        // Highcharts wraps a long label at a space, which it replaces with a zero-width space
        assertThat(String.join("|", groups.allTextContents()).replace('\u200B', ' '))
                .contains("Health & life sciences")
                .doesNotContain("&amp;");
        assertNoSeriousAccessibilityViolations("experience review");
    }
}
