package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import cx.touchpoint.base.Term;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #23: an admin's routing-rule change shows in the audit log; a term's "?" shows its definition on keyboard
 * focus and opens the help page at the term, which axe finds nothing wrong with.
 */
class WordsJourneyIT extends BrowserJourney {

    @Test
    void an_admin_reorders_a_routing_rule_and_finds_both_moves_in_the_audit_log() {
        signIn("admin", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/admin/routing-rules"));
        Locator down = page.locator("vaadin-button[aria-label$=' down']").first();
        down.waitFor();
        String rule = down.getAttribute("aria-label").replaceFirst("^Move ", "").replaceFirst(" down$", "");

        down.click();
        page.locator("vaadin-button[aria-label='Move " + rule + " up']").first().waitFor();
        page.waitForTimeout(300);
        page.locator("vaadin-button[aria-label='Move " + rule + " up']").first().click();
        page.waitForTimeout(300);

        page.navigate(url("/admin/audit"));
        Locator cells = page.locator("#audit vaadin-grid-cell-content");
        page.locator("#audit vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("rule moved up"))
                .first()
                .waitFor();
        List<String> texts = cells.allTextContents();
        assertThat(texts).contains("Routing rule \"" + rule + "\"", "rule moved up", "rule moved down", "Routing");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/audit-routing-rule.png"))
                .setFullPage(true));
        assertNoSeriousAccessibilityViolations("audit log");
    }

    @Test
    void a_terms_question_mark_explains_it_on_keyboard_focus_and_opens_the_help_page_at_it() {
        signIn("executive", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/gaps"));
        Locator help = page.locator("a.term-help[data-term='" + Term.DELIVERY_GAP.anchor() + "']")
                .first();
        help.waitFor();

        // Vaadin opens a tooltip on focus only when the keyboard is in use (a key pressed before the focus)
        page.keyboard().press("Shift");
        help.focus();
        Locator tooltip = page.locator("vaadin-tooltip-overlay[opened]");
        tooltip.waitFor();
        assertThat(tooltip.textContent()).contains(Term.DELIVERY_GAP.definition());
        assertThat(help.getAttribute("aria-describedby")).isNotBlank();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/term-tooltip.png")));
        assertNoSeriousAccessibilityViolations("gaps with a term's definition shown");

        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/help#" + Term.DELIVERY_GAP.anchor()));
        Locator entry = page.locator("dt#" + Term.DELIVERY_GAP.anchor());
        entry.waitFor();
        assertThat(entry.textContent()).isEqualTo(Term.DELIVERY_GAP.label());
        assertThat(page.locator("h1").textContent()).isEqualTo("The words Touchpoint uses");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/help.png"))
                .setFullPage(true));
        var glossary = new AxeBuilder(page)
                .include(".help-view")
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        assertThat(glossary.getViolations())
                .as("axe violations of any impact on the help page's content")
                .isEmpty();
        assertNoSeriousAccessibilityViolations("help page");
    }
}
