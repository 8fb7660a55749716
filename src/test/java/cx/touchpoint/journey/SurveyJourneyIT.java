package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The account executive prepares a survey with the customer; the customer (a second browser context,
 * no login) removes a question and approves; the survey is sent; the link is read from the outbox by an admin and
 * answered as a detractor on a 390 px phone; the response shows on the account page and as a routed
 * issue on the board.
 */
class SurveyJourneyIT extends BrowserJourney {

    private static final Pattern DRAFT = Pattern.compile("/draft/[A-Za-z0-9_-]{43}");
    private static final Pattern RESPOND = Pattern.compile("/respond/[A-Za-z0-9_-]{43}");

    @Test
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

        // a held mail's working link is shown to admins only (the account executive must not answer for the customer)
        Page admin = signedInPage("admin");
        admin.navigate(url("/surveys/outbox"));
        admin.locator("#outbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Invitation"))
                .first()
                .click();
        admin.locator("#outbox-body").waitFor();
        assertNoSeriousAccessibilityViolations(admin, "outbox");
        var respondPath = RESPOND.matcher(admin.locator("#outbox-body").textContent());
        assertThat(respondPath.find()).isTrue();
        admin.context().close();

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
        // counted as the user types: the helper text follows the server's answer
        customer.locator("#comment [slot='helper']", new Page.LocatorOptions().setHasText("51 / 4000 characters"))
                .waitFor();
        customer.locator("#respond-submit").click();
        customer.locator("#respond-thanks").waitFor();
        screenshot(customer, "respond-thanks");
        customer.navigate(url(respondPath.group()));
        customer.locator("#link-used").waitFor();
        assertThat(customer.locator("#link-used h1").textContent()).isEqualTo("Already answered");
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

        Page lead = signedInPage("team.lead");
        lead.navigate(url("/" + issueHref));
        lead.locator("#detail-audit").waitFor();
        assertThat(lead.locator("vaadin-dialog-overlay").textContent()).contains(account);
        screenshot(lead, "issue-from-survey");
        lead.context().close();
    }

    /** Every survey page as the person who uses it, wide and on a phone: renders, passes axe, screenshot. */
    @Test
    void every_survey_page_renders_for_the_executive_the_admin_and_the_customer() {
        signIn("account.exec", "touchpoint");
        page.waitForURL(url("/"));
        for (String path : new String[] {"/surveys", "/surveys/waves", "/surveys/outbox"}) {
            page.navigate(url(path));
            page.locator("main vaadin-grid").first().waitFor();
            assertNoSeriousAccessibilityViolations("account executive " + path);
            screenshot(page, "ae" + path.replace('/', '-'));
        }
        page.setViewportSize(390, 844);
        page.navigate(url("/surveys"));
        page.locator("#readiness-grid").waitFor();
        screenshot(page, "ae-surveys-390");

        Page admin = signedInPage("admin");
        admin.navigate(url("/admin/survey-templates"));
        admin.locator("#triggers-grid").waitFor();
        assertThat(admin.locator("#triggers-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("On"))
                        .count())
                .isPositive();
        assertNoSeriousAccessibilityViolations(admin, "survey templates and triggers");
        screenshot(admin, "admin-templates");
        // a trigger switched off and on again in the browser
        Locator toggle = admin.locator("#triggers-grid vaadin-button[id^='trigger-toggle-']")
                .first();
        String toggleId = toggle.getAttribute("id");
        assertThat(toggle.textContent().trim()).isEqualTo("Switch off");
        toggle.click();
        admin.locator("#" + toggleId, new Page.LocatorOptions().setHasText("Switch on"))
                .waitFor();
        admin.locator("#" + toggleId).click();
        admin.locator("#" + toggleId, new Page.LocatorOptions().setHasText("Switch off"))
                .waitFor();
        // the editor: every question can link a service standard
        admin.locator("#new-template").click();
        admin.locator("#template-add-item").click();
        admin.locator("#template-standard-1").waitFor();
        assertNoSeriousAccessibilityViolations(admin, "template editor");
        screenshot(admin, "admin-template-editor");
        admin.keyboard().press("Escape");
        admin.navigate(url("/admin/survey-policy"));
        admin.locator("main vaadin-button").first().waitFor();
        assertNoSeriousAccessibilityViolations(admin, "contact policy");
        screenshot(admin, "admin-policy");
        admin.context().close();

        Page customer = separatePage(390, 844);
        customer.navigate(url("/respond/" + "x".repeat(43)));
        customer.locator("#link-unknown").waitFor();
        assertNoSeriousAccessibilityViolations(customer, "unknown response link");
        screenshot(customer, "customer-unknown-link");
        customer.navigate(url("/draft/not-a-token"));
        customer.locator("#link-unknown").waitFor();
        screenshot(customer, "customer-unknown-draft");
        customer.context().close();
    }

    /** A wide page of its own, signed in as the demo user. */
    private Page signedInPage(String username) {
        Page on = separatePage(1440, 1000);
        on.navigate(url("/login"));
        on.locator("input[name='username']").fill(username);
        on.locator("input[name='password']").fill("touchpoint");
        on.locator("vaadin-login-form vaadin-button").first().click();
        on.waitForURL(url("/"));
        return on;
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-" + name + ".png"))
                .setFullPage(true));
    }
}
