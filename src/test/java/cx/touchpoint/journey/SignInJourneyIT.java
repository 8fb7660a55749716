package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SignInJourneyIT extends BrowserJourney {

    @Test
    void executive_signs_in_and_sees_the_nps_trend_with_demo_numbers() {
        page.navigate(url("/"));
        assertThat(page.url()).endsWith("/login");
        page.locator("vaadin-login-form").waitFor();
        assertNoSeriousAccessibilityViolations("login");

        signIn("executive", "touchpoint");
        // Spring Security returns to the saved request, which may carry a "?continue" marker
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));

        Locator chartSeries = page.locator("#nps-trend .highcharts-series path");
        chartSeries.first().waitFor();
        assertThat(chartSeries.count()).isPositive();
        String nps = page.locator("#headline-nps .headline-value").textContent();
        assertThat(nps).matches("[+-]\\d+");
        assertThat(page.locator("vaadin-side-nav-item").allTextContents())
                .anySatisfy(label -> assertThat(label).contains("Experience review"));
        assertNoSeriousAccessibilityViolations("home");
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_an_error() {
        signIn("executive", "not-the-password");

        page.waitForURL(url("/login?error"));
        assertThat(page.locator("vaadin-login-form").getAttribute("error")).isNotNull();
    }
}
