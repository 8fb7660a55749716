package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running app (production frontend, demo data in its own schema) in headless
 * Chromium. Playwright never downloads a browser: it drives the system's /usr/bin/chromium.
 */
/*
 * The journeys run on demo data, in a schema of their own beside the run's test schema. Given as a test
 * property, not a @DynamicPropertySource, so that a journey needing another schema or company size sets
 * touchpoint.db.schema in its own @DynamicPropertySource and wins (Spring runs every class's property
 * sources, the subclass's first, so a base-class source would override it).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "touchpoint.demo.enabled=true",
            "touchpoint.themes.enabled=true",
            "touchpoint.db.schema=${touchpoint.test.run-schema}_journey"
        })
abstract class BrowserJourney {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("touchpoint.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 1000));
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    /**
     * A page in a browser context of its own (no cookies shared with {@link #page}), e.g. a customer who
     * opens a link on a phone. The caller closes its context.
     */
    protected Page separatePage(int width, int height) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        var other = context.newPage();
        other.setDefaultTimeout(30_000);
        return other;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Runs axe-core (WCAG 2 A/AA rules) on the page as it is now and fails on any serious or critical
     * violation, naming the rule and the elements. Call it once per page a journey visits, after the view
     * has rendered.
     */
    protected void assertNoSeriousAccessibilityViolations(String pageName) {
        assertNoSeriousAccessibilityViolations(page, pageName);
    }

    /** As {@link #assertNoSeriousAccessibilityViolations(String)}, on another page (browser context). */
    protected void assertNoSeriousAccessibilityViolations(Page on, String pageName) {
        AxeResults results = new AxeBuilder(on)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
        assertThat(serious)
                .as("serious or critical accessibility violations on " + pageName)
                .isEmpty();
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }
}
