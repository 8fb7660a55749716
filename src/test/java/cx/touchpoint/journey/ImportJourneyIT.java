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

    /** A Qualtrics export: times in America/Denver (its third header row), -99 answers, two columns named alike. */
    static final String QUALTRICS = "StartDate,EndDate,ResponseId,ExternalReference,Q1,Q2_1,Q2_2,Q3,Q3\r\n"
            + "Start Date,End Date,Response ID,External Data Reference,"
            + "How likely are you to recommend us to a colleague?,Reliability - What did you expect?,"
            + "Reliability - What did you experience?,Any other comments?,Any other comments? (translated)\r\n"
            + "\"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"America/Denver\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"endDate\"\",\"\"timeZone\"\":\"\"America/Denver\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"externalDataReference\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_1\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID2_2\"\"}\",\"{\"\"ImportId\"\":\"\"QID3_TEXT\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID3_TEXT_EN\"\"}\"\r\n"
            + "2026-04-02 09:20:00,2026-04-02 09:30:00,R_jrn1,TP-1,3,6,2,Late again,Late again\r\n"
            + "2026-04-03 16:00:00,2026-04-03 16:05:00,R_jrn2,TP-1,-99,-99,-99,Only a comment,Only a comment\r\n"
            + "2026-04-04 08:00:00,2026-04-04 08:10:00,R_jrn3,TP-1,9,5,6,,\r\n";

    @Test
    void admin_imports_a_qualtrics_export_the_preview_names_its_time_zone_and_flags_duplicate_columns()
            throws Exception {
        signIn("admin", "touchpoint");
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate(url("/import"));
        page.locator("#import-upload").waitFor();
        page.locator("vaadin-radio-button:has-text('Responses')").click();

        upload("qualtrics-export.csv", QUALTRICS);

        assertThat(page.locator("#preview-summary").textContent())
                .contains("Qualtrics export")
                .contains("9 columns")
                // without a comment column the second response (all -99) would be empty
                .contains("1 of the first 3 rows have problems");
        assertThat(page.locator(".preview-notices").textContent())
                .contains("Times in column 2 (B, \"EndDate\") are read in America/Denver");
        assertThat(page.locator(".preview-warnings").textContent())
                .contains("Columns 8 (H) and 9 (I) are named \"Q3\" alike, so none of them is imported");
        assertThat(page.locator(".preview-not-imported").textContent()).contains("3 columns are not imported");
        page.locator("#preview-summary").scrollIntoViewIfNeeded();
        screenshot("import-qualtrics-preview");
        assertNoSeriousAccessibilityViolations("import preview of a Qualtrics export");

        page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill("8 · H");
        page.locator("vaadin-combo-box-item:has-text('8 · H')").first().click();
        page.locator(".preview-warnings:has-text('only column 8 (H) is imported')")
                .waitFor();
        assertThat(page.locator("#preview-summary").textContent()).contains("The first 3 rows are valid");

        page.locator("#preview-grid").scrollIntoViewIfNeeded();
        screenshot("import-qualtrics-preview-grid");
        page.setViewportSize(390, 844);
        page.locator(".preview-warnings").scrollIntoViewIfNeeded();
        screenshot("import-qualtrics-preview-phone");
        page.setViewportSize(1440, 1000);

        page.locator("#start-import").click();
        page.locator(".import-job:has-text('qualtrics-export.csv').import-done")
                .first()
                .waitFor();
        assertThat(page.locator(".import-job:has-text('qualtrics-export.csv') .import-message")
                        .first()
                        .textContent())
                .contains("3 rows stored");
        screenshot("import-qualtrics-done");
        assertNoSeriousAccessibilityViolations("import of a Qualtrics export done");

        // a file of 600 columns is refused at once with the reason; no preview is built
        String wide = java.util.stream.IntStream.rangeClosed(1, 600)
                        .mapToObj(i -> "Q" + i)
                        .collect(java.util.stream.Collectors.joining(","))
                + "\r\n";
        Path file = Files.writeString(dir.resolve("wide.csv"), wide + wide, StandardCharsets.UTF_8);
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        page.locator("vaadin-notification-card:has-text('more than 500 columns')")
                .waitFor();
        assertThat(page.locator("#preview-summary").count()).isZero();
        screenshot("import-too-many-columns");
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
