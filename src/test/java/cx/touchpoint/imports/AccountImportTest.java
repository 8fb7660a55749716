package cx.touchpoint.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@DatabaseTest
@Import(InlineImports.class)
class AccountImportTest {

    static final String HEADER = "external_id,name,vertical_market,location,service_platform,account_executive,"
            + "revenue,potential_revenue,status,defected_on\r\n";

    @Autowired
    ImportService imports;

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    ImportFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ImportFixtures(data, dir);
        data.user("dana.ae", Role.ACCOUNT_EXECUTIVE);
        data.user("omar.ae", Role.ACCOUNT_EXECUTIVE);
        fixtures.signIn("admin.import", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    ImportJob run(Path file, boolean onlyValid) {
        long id = imports.start(file, file.getFileName().toString(), ImportKind.ACCOUNTS, null, onlyValid);
        return imports.job(id).orElseThrow();
    }

    String report(long jobId) {
        var out = new ByteArrayOutputStream();
        imports.writeReport(jobId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_semicolon_file_with_bom_and_decimal_commas_is_stored_and_a_second_import_changes_nothing() throws Exception {
        String content = HEADER.replace(',', ';')
                + "CRM-1;\"Müller Kältetechnik; Werk Süd\";manufacturing;GERMANY;Cloud;Dana.AE;"
                + "1.250.000,50;2000000;;\r\n"
                + "CRM-2;Alpenhandel;Retail;Austria;on-premises;omar.ae;90000,5;90000,5;DEFECTED;"
                + "15.03.2026\r\n";
        Path file = fixtures.fileWithBom("crm.csv", content);

        var job = run(file, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsRead()).isEqualTo(2);
        assertThat(job.rowsStored()).isEqualTo(2);
        assertThat(data.jdbc()
                        .sql(
                                "select a.name || '|' || a.annual_revenue || '|' || v.name || '|' || u.username from account a"
                                        + " join vertical_market v on v.id = a.vertical_market_id"
                                        + " join app_user u on u.id = a.account_executive_id where external_id = 'CRM-1'")
                        .query(String.class)
                        .single())
                .isEqualTo("Müller Kältetechnik; Werk Süd|1250000.50|Manufacturing|dana.ae");
        assertThat(data.jdbc()
                        .sql("select status || ' ' || defected_on from account where external_id = 'CRM-2'")
                        .query(String.class)
                        .single())
                .isEqualTo("DEFECTED 2026-03-15");

        var again = run(fixtures.fileWithBom("crm-again.csv", content), false);

        assertThat(again.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(again.rowsStored()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(2);
        assertThat(fixtures.count("select count(*) from account where external_id like 'CRM-%'"))
                .isEqualTo(2);
    }

    @Test
    void a_file_with_a_bad_row_is_refused_whole_with_a_report_naming_row_column_value_and_why() throws Exception {
        Path file = fixtures.file(
                "bad.csv",
                HEADER
                        + "CRM-10,Good Company,Manufacturing,Germany,Cloud,dana.ae,100000,150000,,\r\n"
                        + "CRM-11,Bad Company,Shipbuilding,Germany,Cloud,dana.ae,-5,abc,,\r\n"
                        + "CRM-12,Other Good,Manufacturing,Germany,Cloud,dana.ae,100000,150000,,\r\n");

        var job = run(file, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
        assertThat(job.rowsInvalid()).isEqualTo(1);
        assertThat(job.message()).contains("1 of 3 rows have problems, so nothing was stored");
        assertThat(fixtures.count("select count(*) from account where external_id like 'CRM-1_'"))
                .isZero();
        assertThat(report(job.id()))
                .startsWith("\uFEFFRow,Column,Value,Problem\r\n")
                .contains("3,vertical_market,Shipbuilding,is not a known vertical market\r\n")
                .contains("3,potential_revenue,abc,is not a number (e.g. 1250.50)\r\n")
                .contains("3,revenue,'-5,must be 0 to 999999999999.99 with at most 2 decimals\r\n");
    }

    @Test
    void importing_only_the_valid_rows_is_an_explicit_choice_and_the_report_keeps_the_rest() throws Exception {
        Path file = fixtures.file(
                "mixed.csv",
                HEADER
                        + "CRM-20,Good Company,Manufacturing,Germany,Cloud,dana.ae,100000,150000,,\r\n"
                        + "CRM-21,,Manufacturing,Germany,Cloud,nobody,100000,150000,,\r\n");

        var job = run(file, true);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsStored()).isEqualTo(1);
        assertThat(job.rowsInvalid()).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from account where external_id in ('CRM-20', 'CRM-21')"))
                .isEqualTo(1);
        assertThat(report(job.id()))
                .contains("3,name,,is required")
                .contains("3,account_executive,nobody,is not a known account executive");
    }

    @Test
    void a_missing_required_column_is_named_before_anything_is_read() throws Exception {
        Path file = fixtures.file("short.csv", "external_id,name\r\nCRM-30,Short\r\n");

        var preview = imports.preview(file, ImportKind.ACCOUNTS, null);

        assertThat(preview.ready()).isFalse();
        assertThat(preview.missing()).extracting(ImportField::code).contains("vertical_market", "revenue");
        assertThatThrownBy(() -> imports.start(file, "short.csv", ImportKind.ACCOUNTS, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Vertical market");
    }

    @Test
    void the_preview_marks_each_problem_on_its_cell() throws Exception {
        Path file = fixtures.file(
                "preview.csv",
                HEADER + "CRM-40,Fine,Manufacturing,Germany,Cloud,dana.ae,1,1,,\r\n"
                        + "CRM-41,Wrong,Manufacturing,Mars,Cloud,dana.ae,1,1,,\r\n");

        var preview = imports.preview(file, ImportKind.ACCOUNTS, null);

        assertThat(preview.layout()).isEqualTo("Touchpoint");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).valid()).isTrue();
        assertThat(preview.rows().get(1).cellProblems()).isEqualTo(Map.of(3, "is not a known location (country)"));
        assertThat(fixtures.count("select count(*) from account where external_id like 'CRM-4_'"))
                .isZero();
    }

    @Test
    void an_account_executive_imports_only_into_their_own_book() throws Exception {
        fixtures.signIn("own.ae", Role.ACCOUNT_EXECUTIVE);
        Path file = fixtures.file(
                "book.csv",
                HEADER + "CRM-50,Mine,Manufacturing,Germany,Cloud,own.ae,1,1,,\r\n"
                        + "CRM-51,Theirs,Manufacturing,Germany,Cloud,dana.ae,1,1,,\r\n");

        var job = run(file, false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
        assertThat(report(job.id())).contains("3,account_executive,dana.ae,is not you");
    }

    @Test
    void a_team_lead_cannot_import() throws Exception {
        fixtures.signIn("lead.import", Role.TEAM_LEAD);
        Path file = fixtures.file("x.csv", HEADER);

        assertThatThrownBy(() -> imports.preview(file, ImportKind.ACCOUNTS, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
