package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin imports accounts: a file with a bad row is refused with a report, a good one is imported. */
class ImportJourneyIT extends BrowserJourney {

    static final String HEADER = "external_id;name;vertical_market;location;service_platform;account_executive;"
            + "revenue;potential_revenue\r\n";

    @TempDir
    Path dir;

    @Test
    void admin_imports_accounts_a_bad_file_is_refused_with_a_report_and_a_good_one_appears() throws Exception {
        signIn("admin", "touchpoint");
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate(url("/import"));
        page.locator("#import-upload").waitFor();
        assertNoSeriousAccessibilityViolations("import");

        upload(
                "accounts-bad.csv",
                HEADER
                        + "JRN-1;Journey Kältetechnik;Manufacturing;Germany;Cloud;account.exec;1.250.000,50;2.000.000\r\n"
                        + "JRN-2;Journey Shipyards;Shipbuilding;Germany;Cloud;account.exec;-5;100\r\n");
        page.locator(".cell-problem").first().waitFor();
        assertThat(page.locator("#preview-summary").textContent()).contains("1 of the first 2 rows have problems");
        assertThat(page.locator(".cell-problem-text").allTextContents()).contains("is not a known vertical market");
        screenshot("import-preview-bad-row");
        assertNoSeriousAccessibilityViolations("import preview");

        page.locator("#start-import").click();
        page.locator(".import-rejected").first().waitFor();
        assertThat(page.locator(".import-rejected .import-message").first().textContent())
                .contains("1 of 2 rows have problems, so nothing was stored");
        Download report = page.waitForDownload(
                () -> page.locator(".import-rejected .import-report").first().click());
        String csv = Files.readString(report.path(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFRow,Column,Value,Problem")
                .contains("3,vertical_market,Shipbuilding,is not a known vertical market");
        screenshot("import-refused");

        upload(
                "accounts-good.csv",
                HEADER
                        + "JRN-1;Journey Kältetechnik;Manufacturing;Germany;Cloud;account.exec;1.250.000,50;2.000.000\r\n"
                        + "JRN-3;Journey Shipyards;Manufacturing;Germany;Cloud;account.exec;500.000;900.000\r\n");
        assertThat(page.locator("#preview-summary").textContent()).contains("The first 2 rows are valid");
        page.locator("#start-import").click();
        page.locator(".import-done").first().waitFor();
        assertThat(page.locator(".import-done .import-message").first().textContent())
                .contains("2 rows stored");
        screenshot("import-done");
        assertNoSeriousAccessibilityViolations("import done");

        page.context().clearCookies();
        signIn("account.exec", "touchpoint");
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate(url("/accounts"));
        page.locator("vaadin-text-field[placeholder='Search'] input").fill("Journey");
        page.locator("vaadin-grid-cell-content:has-text('Journey Kältetechnik')")
                .waitFor();
        page.locator("vaadin-grid-cell-content:has-text('Journey Shipyards')").waitFor();
        screenshot("imported-accounts");
    }

    private void upload(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), "\uFEFF" + content, StandardCharsets.UTF_8);
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        page.locator("#preview-summary:has-text('" + name + "')").waitFor();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
