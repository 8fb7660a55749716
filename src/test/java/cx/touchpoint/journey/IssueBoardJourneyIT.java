package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

class IssueBoardJourneyIT extends BrowserJourney {

    @Test
    void team_lead_opens_a_card_sees_its_audit_trail_and_a_comment_lands_in_it() {
        signIn("team.lead", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/issues"));

        for (String column : new String[] {"new", "triaged", "in-progress", "resolved", "closed", "wont-fix"}) {
            page.locator("#column-" + column + " .issue-card").first().waitFor();
        }
        assertThat(page.locator(".issue-card.overdue .escalated").count()).isPositive();

        // a team lead changes only their own team's issues: open in-progress cards until one is theirs
        Locator cards = page.locator("#column-in-progress .issue-card");
        Locator trail = page.locator("#detail-audit");
        String title = null;
        for (int i = 0; i < cards.count(); i++) {
            Locator card = cards.nth(i);
            title = card.locator(".issue-card-title").textContent();
            card.click();
            trail.waitFor();
            if (page.locator("#detail-comment").count() > 0) {
                break;
            }
            page.keyboard().press("Escape");
            trail.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }
        assertThat(page.locator("vaadin-dialog-overlay").textContent()).contains(title);
        assertThat(trail.locator("li").count()).isPositive();
        assertThat(trail.textContent()).contains("Created");

        page.locator("#detail-comment textarea").fill("Called the customer: fix ships Friday.");
        page.locator("#detail-add-comment").click();
        page.locator(
                        "#detail-audit li",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Called the customer: fix ships Friday."))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        String lead = page.locator(".user-name").textContent().split(" · ")[0];
        assertThat(page.locator("#detail-audit li").first().textContent()).contains(lead, "Comment");
    }
}
