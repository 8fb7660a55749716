package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each role's own start (issue 23 §3): signed in, Home shows what the person must do today above the company
 * figures, and its first card opens the view behind it with the filter applied. Screenshots at 1440 and 390
 * px in target/journeys/start-*.png; axe finds nothing on the "Today" cards and nothing serious on the page.
 */
class RoleStartJourneyIT extends BrowserJourney {

    @Test
    void account_executive_starts_on_their_survey_work() {
        start("account.exec", "account-executive", List.of("#today-awaiting-customer", "#today-new-detractors"));
        page.locator("#today-awaiting-customer").click();
        page.waitForURL(url("/surveys?focus=AWAITING_CUSTOMER"));
        page.locator("#readiness-grid").waitFor();
        // the Surveys view applied the card's filter: its "Show" select reads it
        assertThat(page.locator("#readiness-focus").textContent()).contains("Draft awaiting the customer");
        assertNoSeriousAccessibilityViolations("surveys awaiting the customer");
    }

    @Test
    void team_lead_starts_on_the_triage_of_their_team() {
        start("team.lead", "team-lead", List.of("#today-new-unassigned", "#today-due-today", "#today-overdue"));
        page.locator("#today-overdue").click();
        page.waitForURL(u -> u.contains("/issues?team=") && u.contains("overdue=true"));
        page.locator("#issue-board").waitFor();
        assertThat(page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Overdue only"))
                        .getAttribute("checked"))
                .isNotNull();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/start-team-lead-overdue.png")));
        // the filter survives: a reload shows the same filtered board
        page.reload();
        page.locator("#issue-board").waitFor();
        assertThat(page.url()).contains("overdue=true");
    }

    @Test
    void specialist_starts_on_the_issues_assigned_to_them() {
        start("specialist", "specialist", List.of("#today-assigned-to-me"));
        page.locator("#today-assigned-to-me").click();
        page.waitForURL(url("/issues/mine"));
    }

    @Test
    void general_manager_starts_on_what_escalated_to_them() {
        start("general.manager", "general-manager", List.of("#today-escalated"));
        page.locator("#today-escalated").click();
        page.waitForURL(url("/issues/escalated"));
        page.locator("#escalated-issues").waitFor();
    }

    @Test
    void admin_starts_on_failed_deliveries_and_imports() {
        start("admin", "admin", List.of("#today-failed-mails", "#today-failed-webhooks", "#today-imports"));
        page.locator("#today-failed-mails").click();
        page.waitForURL(url("/surveys/outbox?status=FAILED"));
        page.locator("#outbox-grid").waitFor();
        assertNoSeriousAccessibilityViolations("outbox, failed mails");
    }

    @Test
    void a_page_a_role_may_not_open_explains_itself() {
        signIn("admin", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/accounts/1"));
        page.locator("#access-denied-reason").waitFor();
        assertThat(page.locator("#access-denied-reason").textContent())
                .startsWith("This page is for executives, account executives and team leads — you are signed in as");
        assertThat(page.content()).doesNotContain("Could not navigate");
        assertNoSeriousAccessibilityViolations("access denied");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/start-access-denied.png")));
        page.locator("#access-denied-home").click();
        page.waitForURL(url("/"));
    }

    /** Signs in, waits for Home's cards, checks them with axe and takes both screenshots. */
    private void start(String username, String name, List<String> cards) {
        signIn(username, "touchpoint");
        page.waitForURL(url("/"));
        page.locator("#today").waitFor();
        for (String card : cards) {
            assertThat(page.locator(card).getAttribute("href"))
                    .as(card + " is a link")
                    .isNotBlank();
        }
        // Today is above the company figures
        assertThat(page.locator("#today").boundingBox().y)
                .isLessThan(page.locator("#headline-nps").boundingBox().y);
        var onToday = new AxeBuilder(page).include(List.of("#today")).analyze();
        assertThat(onToday.getViolations().stream().map(v -> v.getImpact() + " " + v.getId()))
                .as("any axe violation on the Today cards")
                .isEmpty();
        assertNoSeriousAccessibilityViolations("home of " + username);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/journeys/start-" + name + ".png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.locator("#today").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/start-" + name + "-390.png")));
        page.setViewportSize(1440, 1000);
    }
}
