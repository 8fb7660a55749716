package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import cx.touchpoint.security.SetupLinks;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real deployment's first day: an empty database with demo mode off. The first admin is made with the
 * one-time setup link, creates a team and a specialist; the specialist signs in with the one-time password,
 * must choose their own, and then sees only a specialist's views.
 */
class FirstAdminJourneyIT extends BrowserJourney {

    /** Its own empty schema (the other journeys' schema has demo data), demo off. */
    @DynamicPropertySource
    static void emptyInstallation(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_setup");
        registry.add("touchpoint.demo.enabled", () -> "false");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void the_first_admin_sets_up_a_team_and_a_user_who_then_sees_only_their_roles_views() {
        page.navigate(url("/setup?token=guessed"));
        page.getByText("This setup link is not valid").waitFor();
        assertNoSeriousAccessibilityViolations("setup with a wrong link");

        page.navigate(url("/setup?token=" + SetupLinks.newToken(context)));
        fill("#setup-username", "ops.admin");
        fill("#setup-full-name", "Olivia Admin");
        fill("#setup-email", "olivia@company.example");
        fill("#setup-password", "quiet harbour lights");
        fill("#setup-confirm", "quiet harbour lights");
        assertNoSeriousAccessibilityViolations("setup");
        screenshot("setup");
        page.locator("#create-admin").click();
        page.waitForURL(url("/login"));

        signIn("admin", "touchpoint");
        page.waitForURL(url("/login?error"));

        signIn("ops.admin", "quiet harbour lights");
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));
        assertThat(page.locator(".demo-marker").count())
                .as("no demo marker outside demo mode")
                .isZero();

        page.navigate(url("/admin/teams"));
        page.locator("#new-team").click();
        fill("#team-name", "Field service");
        fill("#team-function", "On-site repairs and installation");
        page.locator("#save-team").click();
        page.locator("#teams").getByText("Field service").waitFor();
        assertNoSeriousAccessibilityViolations("teams");
        screenshot("teams");

        page.navigate(url("/admin/users"));
        page.locator("#new-user").click();
        fill("#user-username", "sam.rivera");
        fill("#user-full-name", "Sam Rivera");
        fill("#user-email", "sam.rivera@company.example");
        page.locator("#user-role").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Specialist"))
                .click();
        page.locator("#user-team input").fill("Field");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Field service"))
                .click();
        page.locator("#save-user").click();
        String oneTime = page.locator("#one-time-password").textContent();
        assertThat(oneTime).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        assertNoSeriousAccessibilityViolations("users with the one-time password");
        screenshot("users-one-time-password");
        page.locator("#one-time-password-done").click();
        page.locator("#users").getByText("Sam Rivera").waitFor();
        page.navigate(url("/admin/audit"));
        page.locator("#audit").getByText("sam.rivera").first().waitFor();
        assertNoSeriousAccessibilityViolations("audit log");
        screenshot("audit");

        page.context().clearCookies();
        signIn("sam.rivera", oneTime);
        page.waitForURL(url("/profile"));
        page.locator(".must-change-password").waitFor();
        fill("#current-password", oneTime);
        fill("#new-password", "copper kettle on the stove");
        fill("#confirm-password", "copper kettle on the stove");
        assertNoSeriousAccessibilityViolations("profile");
        screenshot("profile");
        page.locator("#change-password").click();
        page.getByText("Password changed.").waitFor();

        page.navigate(url("/"));
        page.waitForURL(url("/"));
        page.locator("vaadin-side-nav-item").first().waitFor();
        var menu = page.locator("vaadin-side-nav-item").allTextContents().stream()
                .map(String::strip)
                .toList();
        assertThat(menu).contains("Home", "Issue board").doesNotContain("Admin", "Experience review", "Segments");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#users").count())
                .as("a specialist cannot open user administration")
                .isZero();
        screenshot("specialist-home");
    }

    private void fill(String id, String value) {
        page.locator(id + " input").fill(value);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "first-admin-" + name + ".png"))
                .setFullPage(true));
    }
}
