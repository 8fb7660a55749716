package cx.touchpoint.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** Files as tools really export them (fixtures in src/test/resources/imports), read through the import page's service. */
@DatabaseTest
@Import(InlineImports.class)
class ImportFormatsTest {

    @Autowired
    ImportService imports;

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    ImportFixtures fixtures;
    long account;

    @BeforeEach
    void setUp() {
        fixtures = new ImportFixtures(data, dir);
        data.relationshipTemplate("Imported relationship survey");
        data.user("dana.ae", Role.ACCOUNT_EXECUTIVE);
        data.user("omar.ae", Role.ACCOUNT_EXECUTIVE);
        long ae = data.user("formats.ae", Role.ACCOUNT_EXECUTIVE);
        account = data.account("Acme Formats", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.jdbc()
                .sql("update account set external_id = 'ACME' where id = :id")
                .param("id", account)
                .update();
        long contact = data.contact(account, "Anna Adams");
        data.jdbc()
                .sql("update contact set email = 'anna@acme.test' where id = :id")
                .param("id", contact)
                .update();
        fixtures.signIn("admin.formats", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The fixture as a browser uploads it: kept by the service in its upload store. */
    Path upload(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/imports/" + fixture)) {
            return imports.receive(in, "session-of-" + fixture);
        }
    }

    ImportJob run(Path file, ImportKind kind, Map<Integer, String> mapping, boolean onlyValid) {
        long id = imports.start(file, file.getFileName().toString(), kind, mapping, onlyValid);
        return imports.job(id).orElseThrow();
    }

    String report(long jobId) {
        var out = new ByteArrayOutputStream();
        imports.writeReport(jobId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    String responses() {
        return data.jdbc()
                .sql("select string_agg(k.source_key || ' ' || r.responded_at || ' nps=' || coalesce(r.nps::text, '-')"
                        + " || ' answers=' || (select count(*) from response_answer a where a.response_id = r.id)"
                        + " || ' ' || coalesce(r.comment, ''), ' | ' order by r.responded_at)"
                        + " from survey_response r join response_source_key k on k.response_id = r.id"
                        + " where r.account_id = :a")
                .param("a", account)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    String accounts(String prefix) {
        return data.jdbc()
                .sql(
                        "select string_agg(external_id || ' ' || name || ' ' || annual_revenue, ' | ' order by external_id)"
                                + " from account where external_id like :p")
                .param("p", prefix + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void a_qualtrics_export_is_read_in_the_time_zone_its_third_header_row_states_and_minus_99_is_no_answer()
            throws Exception {
        Path file = upload("qualtrics-denver.csv");

        var preview = imports.preview(file, ImportKind.RESPONSES, null);

        assertThat(preview.layout()).isEqualTo("Qualtrics export");
        assertThat(preview.notices())
                .containsExactly(
                        "Times in column 2 (B, \"EndDate\") are read in America/Denver, the time zone the"
                                + " export states; times with an offset keep theirs.",
                        "\"-99\" in column 7 (G, \"Q1\") is read as no answer (seen but not answered), not as an"
                                + " invalid value.",
                        "\"-99\" in column 10 (J, \"Q2_2\") is read as no answer (seen but not answered), not as"
                                + " an invalid value.");
        assertThat(preview.rows()).allMatch(ImportPreview.Row::valid);

        var job = run(file, ImportKind.RESPONSES, null, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsStored()).isEqualTo(3);
        // 09:30 in Denver (UTC-6 in April); "seen but unanswered" (-99) NPS and answer stored as no answer; an
        // offset in the cell wins over the column's zone
        assertThat(responses())
                .isEqualTo("R_1denver 2026-04-02 15:30:00+00 nps=3 answers=1 Late again"
                        + " | R_2seen 2026-04-03 22:05:00+00 nps=- answers=0 Only a comment"
                        + " | R_3offset 2026-04-04 08:10:00+00 nps=9 answers=1 ");
        assertThat(Files.exists(file))
                .as("the upload is deleted when its import ends")
                .isFalse();
    }

    @Test
    void times_of_a_file_that_states_no_zone_stay_in_the_company_time_zone() throws Exception {
        var preview = imports.preview(
                fixtures.file("plain.csv", "account_external_id,responded_at,nps\r\nACME,2026-04-02 09:30,8\r\n"),
                ImportKind.RESPONSES,
                null);

        assertThat(preview.notices())
                .containsExactly("Times in column 2 (B, \"responded_at\") without an offset are read in the company"
                        + " time zone, " + imports.zone().getId() + ".");
    }

    @Test
    void excel_unicode_text_utf16_with_bom_and_tabs_is_detected_and_read() throws Exception {
        Path file = upload("excel-unicode-text.txt");

        var preview = imports.preview(file, ImportKind.ACCOUNTS, null);
        assertThat(preview.dialect()).isEqualTo("UTF-16LE with BOM, tab-separated");
        assertThat(preview.layout()).isEqualTo("Touchpoint");

        var job = run(file, ImportKind.ACCOUNTS, null, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(accounts("UT-")).isEqualTo("UT-1 Müller Kältetechnik 1250000.50 | UT-2 Alpenhandel „Süd“ 90000.00");
    }

    @Test
    void a_sep_first_line_is_honoured_and_skipped() throws Exception {
        Path file = upload("sep-line.csv");

        var preview = imports.preview(file, ImportKind.ACCOUNTS, null);
        assertThat(preview.dialect()).isEqualTo("UTF-8, \";\"-separated (as its sep= line says), decimal comma");
        assertThat(preview.layout()).isEqualTo("Touchpoint");

        var job = run(file, ImportKind.ACCOUNTS, null, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsRead()).isEqualTo(2);
        assertThat(accounts("SEP-")).isEqualTo("SEP-1 Weber, Schmidt & Co 1250000.50 | SEP-2 Alpenhandel 90000.50");
    }

    @Test
    void rows_of_nothing_but_separators_are_skipped_and_trailing_empty_columns_ignored() throws Exception {
        Path file = upload("separator-rows.csv");

        var preview = imports.preview(file, ImportKind.ACCOUNTS, null);
        assertThat(preview.layout()).isEqualTo("Touchpoint");
        assertThat(preview.columns()).hasSize(8);
        assertThat(preview.rows()).extracting(ImportPreview.Row::number).containsExactly(3L, 5L);

        var job = run(file, ImportKind.ACCOUNTS, null, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsRead()).isEqualTo(2);
        assertThat(job.rowsInvalid()).isZero();
        assertThat(accounts("ROW-")).isEqualTo("ROW-1 Nordwerk 500000.00 | ROW-2 Südhandel 80000.00");
    }

    @Test
    void ids_excel_turned_into_scientific_notation_are_refused_naming_the_rows_and_never_merged() throws Exception {
        var job = run(upload("scientific-ids.csv"), ImportKind.RESPONSES, null, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
        assertThat(job.message())
                .startsWith("2 of 3 rows have problems, so nothing was stored. Rows 2, 3 hold identifiers Excel"
                        + " turned into scientific notation (like 1.14353E+11)");
        assertThat(responses()).isNull();
        assertThat(report(job.id()))
                .contains("2,response_id,1.14353E+11,\"is a number Excel turned into scientific notation")
                .contains("3,response_id,1.14353E+11,\"is a number Excel turned into scientific notation");

        var onlyValid = run(upload("scientific-ids.csv"), ImportKind.RESPONSES, null, true);

        assertThat(onlyValid.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(onlyValid.message()).contains("Rows 2, 3 hold identifiers Excel turned into scientific notation");
        assertThat(responses()).isEqualTo("114353000042 2026-04-02 11:30:00+00 nps=7 answers=0 Exported as text");
    }

    @Test
    void duplicate_header_names_are_flagged_in_the_preview_and_none_is_imported_until_a_person_chooses()
            throws Exception {
        Path file = upload("duplicate-headers.csv");

        var preview = imports.preview(file, ImportKind.RESPONSES, null);

        assertThat(preview.warnings())
                .containsExactly("Columns 3 (C) and 4 (D) are named \"NPS\" alike, so none of them is imported."
                        + " Choose below which one fills a field; the others are left out.");
        assertThat(preview.mapping()).doesNotContainValue("nps");

        var chosen = new java.util.LinkedHashMap<>(preview.mapping());
        chosen.put(3, "nps");
        var after = imports.preview(file, ImportKind.RESPONSES, chosen);
        assertThat(after.warnings())
                .containsExactly("Columns 3 (C) and 4 (D) are named \"NPS\" alike: only column 4 (D) is imported,"
                        + " the others are left out. Check below that it is the right one.");

        var job = run(file, ImportKind.RESPONSES, chosen, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(data.jdbc()
                        .sql("select nps from survey_response where account_id = :a")
                        .param("a", account)
                        .query(Integer.class)
                        .single())
                .isEqualTo(8);
    }

    @Test
    void duplicate_header_names_without_a_chosen_mapping_refuse_an_api_import_and_keep_no_file() throws Exception {
        long before = uploadsOfSignedInUser();
        try (InputStream in = getClass().getResourceAsStream("/imports/duplicate-headers.csv")) {
            assertThatThrownBy(() -> imports.startUpload(in, "dup.csv", ImportKind.RESPONSES, null, false))
                    .isInstanceOf(ImportRefused.class)
                    .hasMessageStartingWith("Columns 3 (C) and 4 (D) are named \"NPS\" alike. Nothing was imported");
        }
        assertThat(uploadsOfSignedInUser()).isEqualTo(before);
        assertThat(fixtures.count("select count(*) from survey_response where account_id = " + account))
                .isZero();
    }

    @Autowired
    UploadStore store;

    long uploadsOfSignedInUser() throws IOException {
        try (var files = Files.list(store.dir())) {
            return files.count();
        }
    }
}
