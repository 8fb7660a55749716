package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 A 3: the admin finds an invitation held in the outbox (the demo has no SMTP server) and reads
 * its unsubscribe link, which an account executive is not shown; the customer opens it on a 390 px phone,
 * sees a confirming page (opening it changed nothing), confirms, and sees the confirmation. Server-rendered
 * HTML without Vaadin; axe finds no violation at all (not only no serious one).
 */
class UnsubscribeJourneyIT extends BrowserJourney {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/[A-Za-z0-9_-]{43}");

    @Test
    void a_customer_unsubscribes_on_a_phone_after_one_confirming_click() {
        signIn("account.exec", "touchpoint");
        page.waitForURL(url("/"));
        String aeBody = openFirstInvitation();
        assertThat(aeBody).contains("[link removed]").doesNotContainPattern(UNSUBSCRIBE);
        assertThat(page.locator("#outbox-link-note").textContent()).contains("shown to admins only");
        screenshot(page, "outbox-account-executive");
        page.context().clearCookies();

        signIn("admin", "touchpoint");
        page.waitForURL(url("/"));
        var link = UNSUBSCRIBE.matcher(openFirstInvitation());
        assertThat(link.find()).isTrue();
        assertThat(page.locator("#outbox-link-note").textContent()).startsWith("Held with working links");
        assertNoSeriousAccessibilityViolations("outbox as admin");
        screenshot(page, "outbox-admin");

        Page customer = separatePage(390, 844);
        var opened = customer.navigate(url(link.group()));
        assertThat(opened.status()).isEqualTo(200);
        customer.locator("#unsubscribe-confirm").waitFor();
        assertThat(customer.locator("h1").textContent()).isEqualTo("Unsubscribe from surveys");
        assertThat(customer.locator("script").count())
                .as("no JavaScript on the page")
                .isZero();
        assertThat(customer.content()).doesNotContain("vaadin", "Commercial features");
        assertNoViolations(customer, "unsubscribe confirm");
        screenshot(customer, "confirm-390");

        customer.reload();
        customer.locator("#unsubscribe-confirm").waitFor();
        customer.locator("#unsubscribe-confirm").click();
        customer.locator("#unsubscribed").waitFor();
        assertThat(customer.locator("h1").textContent()).isEqualTo("You are unsubscribed");
        assertNoViolations(customer, "unsubscribed");
        screenshot(customer, "done-390");

        customer.navigate(url(link.group()));
        assertThat(customer.locator("h1").textContent()).isEqualTo("You are already unsubscribed");
        customer.navigate(url("/unsubscribe/not-a-token"));
        assertThat(customer.locator("h1").textContent()).isEqualTo("Link not found");
        assertNoViolations(customer, "unknown unsubscribe link");
        customer.setViewportSize(1440, 900);
        screenshot(customer, "unknown-1440");
        customer.context().close();
    }

    private String openFirstInvitation() {
        page.navigate(url("/surveys/outbox"));
        page.locator("#outbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Invitation"))
                .first()
                .click();
        page.locator("#outbox-body").waitFor();
        return page.locator("#outbox-body").textContent();
    }

    private static void assertNoViolations(Page on, String pageName) {
        var violations = new AxeBuilder(on)
                .analyze().getViolations().stream()
                        .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp())
                        .toList();
        assertThat(violations).as("accessibility violations on " + pageName).isEmpty();
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/unsubscribe-" + name + ".png"))
                .setFullPage(true));
    }
}
