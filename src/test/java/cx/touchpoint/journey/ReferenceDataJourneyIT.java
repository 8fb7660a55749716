package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An admin maintains reference data (issue 10): adds a touch point that pickers then offer, retires a location
 * that filters then mark as retired while its accounts keep it, and brings it back. Every change is in the
 * audit log.
 */
class ReferenceDataJourneyIT extends BrowserJourney {

    @Test
    void an_admin_adds_a_touch_point_and_retires_a_location_and_the_pickers_follow() {
        signIn("admin", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/admin/reference-data"));
        page.locator("#cue-items").waitFor();
        assertNoSeriousAccessibilityViolations("reference data, perception cues");
        screenshot("cues");

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Touch points"))
                .click();
        page.locator("#new-touch-point").click();
        page.locator("#reference-name input").fill("Warranty claim");
        choose("#reference-stage", "Problem resolution");
        choose("#reference-phase", "Post-transaction");
        choose("#reference-kind", "Utilization");
        page.locator("#reference-description textarea").fill("A customer claims a repair under warranty");
        assertNoSeriousAccessibilityViolations("new touch point dialog");
        screenshot("new-touch-point");
        page.locator("#save-reference").click();
        page.locator("vaadin-dialog-overlay")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        scrollToEnd("#touch-point-items");
        page.locator("#touch-point-items").getByText("Warranty claim").waitFor();

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Locations"))
                .click();
        page.locator("#location-items").waitFor();
        page.locator("vaadin-button[aria-label='Retire Asia-Pacific · Australia']")
                .click();
        scrollToEnd("#location-items");
        page.locator("vaadin-button[aria-label='Restore Asia-Pacific · Australia']")
                .waitFor();
        assertNoSeriousAccessibilityViolations("locations with one retired");
        screenshot("location-retired");

        // the routing rule form offers the new touch point
        page.navigate(url("/admin/routing-rules"));
        page.locator("#new-rule").click();
        Locator touchPoint = page.getByLabel("Touch point", new Page.GetByLabelOptions().setExact(true))
                .first();
        touchPoint.fill("Warranty");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Warranty claim"))
                .waitFor();
        screenshot("rule-offers-touch-point");
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");

        // filters over accounts (an executive's) still list the retired location, marked; its accounts keep it
        Page executive = separatePage(1440, 1000);
        executive.navigate(url("/login"));
        executive.locator("input[name='username']").fill("executive");
        executive.locator("input[name='password']").fill("touchpoint");
        executive.locator("vaadin-login-form vaadin-button").first().click();
        executive.waitForURL(url("/"));
        executive.navigate(url("/accounts"));
        Locator location = executive
                .getByLabel("Location", new Page.GetByLabelOptions().setExact(true))
                .first();
        location.click();
        location.fill("Australia");
        var retired = executive.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Australia"));
        retired.first().waitFor();
        assertThat(retired.first().textContent()).contains("Asia-Pacific · Australia (retired)");
        retired.first().click();
        executive.locator("vaadin-grid").first().waitFor();
        assertNoSeriousAccessibilityViolations(executive, "accounts filtered by a retired location");
        executive.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "reference-data-accounts-retired-location.png"))
                .setFullPage(true));
        executive.context().close();

        page.navigate(url("/admin/audit"));
        page.locator("#audit")
                .getByText("Location Asia-Pacific · Australia")
                .first()
                .waitFor();
        page.locator("#audit").getByText("Touch point Warranty claim").first().waitFor();
        screenshot("audit");

        // back as it was, for the journeys that follow on the same demo data
        page.navigate(url("/admin/reference-data"));
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Locations"))
                .click();
        page.locator("#location-items").waitFor();
        scrollToEnd("#location-items");
        page.locator("vaadin-button[aria-label='Restore Asia-Pacific · Australia']")
                .click();
        page.locator("vaadin-button[aria-label='Retire Asia-Pacific · Australia']")
                .waitFor();
    }

    /** Grids render only the rows in view: bring the last ones (retired items, names late in the alphabet) in. */
    private void scrollToEnd(String grid) {
        page.waitForTimeout(500);
        page.locator(grid).evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        page.waitForTimeout(500);
    }

    private void choose(String comboBox, String item) {
        page.locator(comboBox + " input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item))
                .click();
        // the list closes asynchronously: check the page (axe) only once it is gone, as the person sees it
        page.locator(comboBox + "[opened]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.locator("vaadin-combo-box-overlay[opened]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "reference-data-" + name + ".png"))
                .setFullPage(true));
    }
}
