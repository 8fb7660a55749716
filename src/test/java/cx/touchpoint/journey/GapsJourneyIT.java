package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.net.URI;
import org.junit.jupiter.api.Test;

class GapsJourneyIT extends BrowserJourney {

    @Test
    void the_executive_sees_the_delivery_gap_on_on_time_delivery_and_the_comments_behind_a_gap() {
        signIn("executive", "touchpoint");
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));

        page.navigate(url("/gaps"));

        page.locator("#cue-scores .highcharts-series rect").first().waitFor();
        page.locator(".gap-chain-card .highcharts-series rect").first().waitFor();
        assertThat(page.locator("#gap-trend .highcharts-series path").count()).isPositive();
        String delivery = page.locator("#standard-gaps tr:has-text('On-time delivery') .gap-cell-delivery .gap-value")
                .textContent();
        assertThat(delivery).endsWith(" points");
        // the demo company's on-time delivery: standard 98 %, actuals around 90 %
        assertThat(Double.parseDouble(delivery.replace(" points", ""))).isBetween(-9.5, -6.5);
        String communication = page.locator(
                        "#standard-gaps tr:has-text('First reply') .gap-cell-communication .gap-value")
                .textContent();
        assertThat(communication).startsWith("-").endsWith(" h");

        page.locator("#largest-gaps vaadin-grid-cell-content")
                .getByText("Reliability")
                .first()
                .click();

        Locator dialog = page.locator("vaadin-dialog-overlay");
        dialog.getByText("Answers behind the Reliability gap").waitFor();
        dialog.getByText("Only answers with a comment").click();
        Locator answers = page.locator("#answers-behind-gap vaadin-grid-cell-content");
        answers.first().waitFor();
        assertThat(answers.count()).isGreaterThan(8);
    }
}
