package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A team lead triages at volume with the keyboard: moves a focused card with M, confirms, and resolves an issue with a resolution note; a general manager opens what was escalated
 * to them.
 */
class BoardTriageJourneyIT extends BrowserJourney {

    @Test
    void team_lead_moves_a_card_with_the_keyboard_and_resolves_with_a_note() {
        signIn("team.lead", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/issues"));
        page.locator("#column-in-progress .issue-card").first().waitFor();
        assertNoSeriousAccessibilityViolations("issue board");

        // a customer-service card in progress: the team lead's own team
        Locator card = page.locator(
                        "#column-in-progress .issue-card", new Page.LocatorOptions().setHasText("Customer service"))
                .first();
        String id = card.getAttribute("id");
        card.focus();
        page.keyboard().press("m");
        page.locator("#move-target").waitFor();
        page.locator("#move-target").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Resolved"))
                .click();
        page.locator("#move-confirm").click();
        page.locator("#move-note[invalid]").waitFor();
        assertThat(page.locator("#move-note").textContent()).contains("Say what was done for the customer");
        assertNoSeriousAccessibilityViolations("move dialog with its error");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/board-resolve-note.png")));

        page.locator("#move-note textarea")
                .fill("Replaced the handheld batteries on site; asked the customer to tell us.");
        page.locator("#move-confirm").click();
        Locator moved = page.locator("#column-resolved #" + id);
        moved.waitFor();
        page.waitForFunction("id => document.activeElement && document.activeElement.id === id", id);
        assertThat(page.locator("#board-announcer").textContent()).contains("moved to Resolved");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/board-moved.png")));

        moved.press("Enter");
        page.locator("#detail-audit li", new Page.LocatorOptions().setHasText("Resolved: Replaced the handheld"))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    @Test
    void a_general_manager_opens_the_issues_escalated_to_them() {
        signIn("general.manager", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/issues"));
        page.locator("a", new Page.LocatorOptions().setHasText("Escalated to me"))
                .click();
        page.locator("#escalated-issues").waitFor();
        assertThat(page.locator("#escalated-issues").textContent()).contains("Overdue by");
        assertNoSeriousAccessibilityViolations("escalated to me");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/escalated.png")));
    }
}
