package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The account executive prepares a survey with the customer; the customer (a second browser context,
 * no login) removes a question and approves; the survey is sent; the link is read from the outbox by an
 * admin and answered as a detractor on a 390 px phone. The customer's part runs on the server-rendered
 * pages by keyboard alone, with no axe violation of any impact; the response shows on the account page
 * and as a routed issue on the board.
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
        assertLightCustomerPage(customer, "draft review");
        screenshot(customer, "draft-390");
        // keyboard only: untick the first question, choose the warm tone, write a note, approve
        String removed = customer.locator("fieldset#keep label.choice")
                .first()
                .textContent()
                .trim();
        tabTo(customer, "fieldset#keep input[type=checkbox]");
        customer.keyboard().press("Space");
        assertThat(customer.locator("#draft-length").textContent()).isEqualTo("Now: 5 questions, about 2 minutes.");
        tabTo(customer, "input[name=tone]");
        for (int i = 0; i < 3 && !"WARM".equals(focusedValue(customer)); i++) {
            customer.keyboard().press("ArrowDown");
        }
        assertThat(customer.locator("input[name=tone]:checked").inputValue()).isEqualTo("WARM");
        tabTo(customer, "textarea#note");
        customer.keyboard().type("Please keep it short, we are mid-migration.");
        tabTo(customer, "#draft-approve");
        customer.keyboard().press("Enter");
        customer.locator("#draft-done").waitFor();
        assertThat(customer.locator("#draft-done").textContent()).contains("approved");
        assertLightCustomerPage(customer, "draft approved");
        screenshot(customer, "draft-approved");

        page.reload();
        page.locator("#preparation-status").waitFor();
        assertThat(page.locator("#preparation-status").textContent()).isEqualTo("Approved by the customer");
        assertThat(page.locator("#customer-note").textContent()).contains("mid-migration");
        page.locator("#preparation-send").click();
        // sending is confirmed, and after the customer's approval the confirmation says so
        page.locator("vaadin-confirm-dialog-overlay", new Page.LocatorOptions().setHasText("approved the draft"))
                .waitFor();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("Send now"))
                .click();
        page.locator("#preparation-message", new Page.LocatorOptions().setHasText("1 invitation sent"))
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
        assertThat(customer.locator("fieldset.question > legend").allTextContents())
                .hasSize(5)
                .noneMatch(t -> t.contains(removed));
        assertThat(customer.locator("#survey-length").textContent()).isEqualTo("5 questions, about 2 minutes.");
        assertLightCustomerPage(customer, "response page");
        screenshot(customer, "respond-390");
        assertScalesOnOneLineAt320(customer);

        // keyboard only. Enter on a half-answered question sends the form: refused beside the question
        @SuppressWarnings("unchecked")
        List<String> questions =
                (List<String>) customer.locator("fieldset.question").evaluateAll("qs => qs.map(q => q.id)");
        tabTo(customer, "#" + questions.get(0) + "-expected input");
        customer.keyboard().press("Space");
        customer.keyboard().press("Enter");
        customer.locator("#error-summary").waitFor();
        assertThat(customer.locator("#" + questions.get(0) + " > .field-error").textContent())
                .contains("Question 1: choose both what you expected and what you experienced.");
        assertThat(customer.locator("#" + questions.get(0) + "-expected-1").isChecked())
                .isTrue();
        assertLightCustomerPage(customer, "response page with an error");
        screenshot(customer, "respond-error-390");

        // then the whole survey as a detractor: expected 6, experienced 2, likelihood to recommend 3
        customer.keyboard().press("Tab"); // first the summary's link to the question, then the fields
        assertThat(customer.evaluate("() => document.activeElement.getAttribute('href')"))
                .isEqualTo("#" + questions.get(0));
        for (String question : questions) {
            choose(customer, "#" + question + "-expected input", 6);
            choose(customer, "#" + question + "-experienced input", 2);
        }
        choose(customer, "#nps input", 3);
        tabTo(customer, "textarea#comment");
        customer.keyboard().type("The delivery was late twice and tracking was wrong.");
        customer.locator("#comment-count", new Page.LocatorOptions().setHasText("51 / 4,000 characters"))
                .waitFor();
        tabTo(customer, "#respond-submit");
        customer.keyboard().press("Enter");
        customer.locator("#respond-thanks").waitFor();
        assertLightCustomerPage(customer, "thank-you page");
        screenshot(customer, "respond-thanks");
        customer.navigate(url(respondPath.group()));
        customer.locator("#link-used").waitFor();
        assertThat(customer.locator("#link-used h1").textContent()).isEqualTo("Already answered");
        assertLightCustomerPage(customer, "already answered");
        screenshot(customer, "respond-already-answered");
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
        assertLightCustomerPage(customer, "unknown response link");
        screenshot(customer, "customer-unknown-link");
        customer.navigate(url("/draft/not-a-token"));
        customer.locator("#link-unknown").waitFor();
        assertLightCustomerPage(customer, "unknown draft link");
        screenshot(customer, "customer-unknown-draft");
        customer.context().close();
    }

    /**
     * A customer page is light server-rendered HTML: no Vaadin client (so no licence banner), no
     * script but the shared progressive-enhancement one, and no axe violation of any impact.
     */
    private static void assertLightCustomerPage(Page on, String name) {
        assertThat(on.evaluate("() => typeof window.Vaadin")).as(name).isEqualTo("undefined");
        assertThat(on.locator("script").evaluateAll("s => s.map(e => e.getAttribute('src'))"))
                .as(name)
                .isEqualTo(List.of("/customer/customer.js"));
        AxeResults results = new AxeBuilder(on)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze();
        assertThat(results.getViolations().stream()
                        .map(rule -> rule.getImpact() + " " + rule.getId() + " at "
                                + rule.getNodes().stream()
                                        .map(node -> String.valueOf(node.getTarget()))
                                        .toList())
                        .toList())
                .as("accessibility violations on " + name)
                .isEmpty();
    }

    /** Each 1-7 scale fits one line on a 320 px phone: its seven options share one row. */
    private static void assertScalesOnOneLineAt320(Page on) {
        on.setViewportSize(320, 700);
        List<?> rows = (List<?>) on.locator("fieldset.scale.options-7 .options")
                .evaluateAll("os => os.map(o => new Set([...o.querySelectorAll('.option')]"
                        + ".map(e => Math.round(e.getBoundingClientRect().top))).size)");
        assertThat(rows).isNotEmpty().allMatch(n -> ((Number) n).intValue() == 1);
        boolean overflows = (Boolean) on.evaluate("() => document.documentElement.scrollWidth > 320");
        assertThat(overflows).as("the page scrolls sideways at 320 px").isFalse();
        screenshot(on, "respond-320");
        on.setViewportSize(390, 844);
    }

    /** Presses Tab until the focused element matches {@code css}, as a keyboard user would. */
    private static void tabTo(Page on, String css) {
        for (int i = 0; i < 80; i++) {
            on.keyboard().press("Tab");
            if ((Boolean) on.evaluate("css => document.activeElement.matches(css)", css)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /** Tabs to a scale and chooses {@code value} with Space and the arrow keys. */
    private static void choose(Page on, String radios, int value) {
        tabTo(on, radios);
        on.keyboard().press("Space");
        for (int i = 0; i < 11 && Integer.parseInt(focusedValue(on)) != value; i++) {
            on.keyboard().press(Integer.parseInt(focusedValue(on)) < value ? "ArrowRight" : "ArrowLeft");
        }
        assertThat(on.locator(radios + ":checked").inputValue()).isEqualTo(String.valueOf(value));
    }

    private static String focusedValue(Page on) {
        return (String) on.evaluate("() => document.activeElement.value");
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
