package cx.touchpoint.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

@DatabaseTest
@Import(InlineImports.class)
class ResponseImportTest {

    static final String HEADER = "response_id,account_external_id,contact_email,pattern,touch_point,responded_at,"
            + "nps,comment,reliability_expected,reliability_experienced,access_expected,access_experienced\r\n";

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
        long ae = data.user("resp.ae", Role.ACCOUNT_EXECUTIVE);
        account = data.account("Acme Import", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.jdbc()
                .sql("update account set external_id = 'ACME' where id = :id")
                .param("id", account)
                .update();
        long contact = data.contact(account, "Anna Adams");
        data.jdbc()
                .sql("update contact set email = 'anna@acme.test' where id = :id")
                .param("id", contact)
                .update();
        fixtures.signIn("admin.responses", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    ImportJob run(Path file, Map<Integer, String> mapping) {
        long id = imports.start(file, file.getFileName().toString(), ImportKind.RESPONSES, mapping, false);
        return imports.job(id).orElseThrow();
    }

    long responses() {
        return fixtures.count("select count(*) from survey_response where account_id = " + account);
    }

    String report(long jobId) {
        var out = new ByteArrayOutputStream();
        imports.writeReport(jobId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quoted_newlines_offsets_and_a_duplicate_row_store_each_response_once_and_a_reimport_nothing()
            throws Exception {
        String rows = HEADER
                + ",ACME,anna@acme.test,PRESENT,,2026-04-02T11:30:00+02:00,3,\"Late twice,\r\nand \"\"sorry\"\" is not enough\",6,2,5,5\r\n"
                + ",ACME,,present,,2026-04-03T08:00:00Z,10,,,,6,7\r\n"
                + ",ACME,anna@acme.test,PRESENT,,2026-04-02T09:30:00Z,3,\"Late twice,\r\nand \"\"sorry\"\" is not enough\",6,2,5,5\r\n";

        var job = run(fixtures.fileWithBom("answers.csv", rows), null);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsRead()).isEqualTo(3);
        assertThat(job.rowsStored()).isEqualTo(2);
        assertThat(job.rowsUnchanged()).isEqualTo(1);
        assertThat(responses()).isEqualTo(2);
        assertThat(data.jdbc()
                        .sql("select r.nps || '|' || r.channel || '|' || r.comment || '|' || r.responded_at"
                                + " from survey_response r where r.account_id = :a and r.nps = 3")
                        .param("a", account)
                        .query(String.class)
                        .single())
                .isEqualTo("3|IMPORT|Late twice,\r\nand \"sorry\" is not enough|2026-04-02 09:30:00+00");
        assertThat(fixtures.count("select sum(a.expected * 10 + a.experienced) from response_answer a"
                        + " join survey_response r on r.id = a.response_id where r.account_id = " + account))
                .isEqualTo(62 + 55 + 67);

        var again = run(fixtures.file("answers-again.csv", rows), null);

        assertThat(again.rowsStored()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(3);
        assertThat(responses()).isEqualTo(2);
    }

    @Test
    void out_of_range_values_and_an_unknown_account_refuse_the_file_with_a_report() throws Exception {
        var job = run(
                fixtures.file(
                        "bad.csv",
                        HEADER
                                + ",ACME,,PRESENT,,2026-04-02T09:30:00Z,11,,9,2,,\r\n"
                                + ",NOPE,,PRESENT,,2026-04-02T09:30:00Z,5,,,,,\r\n"
                                + ",ACME,,PRESENT,,yesterday,5,,,,,\r\n"
                                + ",ACME,,PRESENT,,2026-04-02T09:30:00Z,5,,,,,\r\n"),
                null);

        assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
        assertThat(job.rowsInvalid()).isEqualTo(3);
        assertThat(responses()).isZero();
        assertThat(report(job.id()))
                .contains("2,nps,11,must be 0 to 10\r\n")
                .contains("2,reliability_expected,9,must be 1 to 7\r\n")
                .contains("3,account_external_id,NOPE,names no account (of your book)\r\n")
                .contains("4,responded_at,yesterday,\"is not a date (ISO 8601");
    }

    @Test
    void a_qualtrics_export_with_three_header_rows_is_recognised_and_imported() throws Exception {
        String file =
                "StartDate,EndDate,RecordedDate,ResponseId,RecipientEmail,ExternalReference,Q1,Q1_NPS_GROUP,Q2_1,Q2_2,Q3\r\n"
                        + "Start Date,End Date,Recorded Date,Response ID,Recipient Email,External Data Reference,"
                        + "How likely are you to recommend us to a colleague?,How likely are you to recommend us to a colleague? - Group,"
                        + "Reliability - What did you expect?,Reliability - What did you experience?,Any other comments?\r\n"
                        + "\"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"UTC\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\","
                        + "\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
                        + "\"{\"\"ImportId\"\":\"\"recipientEmail\"\"}\",\"{\"\"ImportId\"\":\"\"externalDataReference\"\"}\","
                        + "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_NPS_GROUP\"\"}\","
                        + "\"{\"\"ImportId\"\":\"\"QID2_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_2\"\"}\",\"{\"\"ImportId\"\":\"\"QID3_TEXT\"\"}\"\r\n"
                        + "2026-04-02 09:20:00,2026-04-02 09:30:00,2026-04-02 09:30:00,R_1abcDEF,anna@acme.test,ACME,3,Detractor,6,2,Late again\r\n";

        var preview = imports.preview(fixtures.file("qualtrics.csv", file), ImportKind.RESPONSES, null);
        assertThat(preview.layout()).isEqualTo("Qualtrics export");
        assertThat(preview.rows()).hasSize(1);
        assertThat(preview.rows().get(0).valid()).isTrue();

        var job = run(fixtures.file("qualtrics.csv", file), null);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsStored()).isEqualTo(1);
        assertThat(data.jdbc()
                        .sql("select r.nps || '|' || r.comment || '|' || a.expected || '/' || a.experienced || '|'"
                                + " || (r.contact_id is not null) || '|' || k.source_key from survey_response r"
                                + " join response_answer a on a.response_id = r.id"
                                + " join response_source_key k on k.response_id = r.id where r.account_id = :a")
                        .param("a", account)
                        .query(String.class)
                        .single())
                .isEqualTo("3|Late again|6/2|true|R_1abcDEF");
    }

    @Test
    void a_surveymonkey_export_with_two_header_rows_is_recognised_and_imported() throws Exception {
        String file = "Respondent ID,Collector ID,Start Date,End Date,Email Address,Custom Data 1,"
                + "How likely is it that you would recommend us to a friend or colleague?,Competence,,Any comments?\r\n"
                + ",,,,,,Response,Expected,Experienced,Open-Ended Response\r\n"
                + "114020,4031,04/02/2026 09:00:00 AM,04/02/2026 09:05:00 PM,anna@acme.test,ACME,9,5,6,Great team\r\n";

        var job = run(fixtures.file("monkey.csv", file), null);

        assertThat(imports.preview(fixtures.file("monkey2.csv", file), ImportKind.RESPONSES, null)
                        .layout())
                .isEqualTo("SurveyMonkey export");
        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(data.jdbc()
                        .sql("select r.nps || '|' || r.comment || '|' || a.expected || '/' || a.experienced || '|'"
                                + " || r.responded_at from survey_response r join response_answer a on a.response_id = r.id"
                                + " where r.account_id = :a")
                        .param("a", account)
                        .query(String.class)
                        .single())
                .isEqualTo("9|Great team|5/6|2026-04-02 21:05:00+00");
    }

    @Test
    void another_layout_is_mapped_by_hand_and_the_mapping_is_remembered_for_its_header() throws Exception {
        String file = "Kunde;Zeitpunkt;Empfehlung\r\nACME;02.04.2026 09:30;8\r\n";
        var preview = imports.preview(fixtures.file("other.csv", file), ImportKind.RESPONSES, null);
        assertThat(preview.layout()).startsWith("Other layout");
        assertThat(preview.ready()).isFalse();

        var job = run(fixtures.file("other.csv", file), Map.of(0, "account_external_id", 1, "responded_at", 2, "nps"));

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(responses()).isEqualTo(1);
        var next = imports.preview(
                fixtures.file("other-next.csv", "Kunde;Zeitpunkt;Empfehlung\r\nACME;03.04.2026 10:00;7\r\n"),
                ImportKind.RESPONSES,
                null);
        assertThat(next.ready()).isTrue();
        assertThat(next.mapping()).isEqualTo(Map.of(0, "account_external_id", 1, "responded_at", 2, "nps"));
    }

    String fingerprint() {
        return data.jdbc()
                .sql("select string_agg(r.pattern || ' ' || r.responded_at || ' ' || coalesce(r.nps::text, '-') || ' '"
                        + " || r.comment || ' ' || coalesce(c.email, '-') || ' ' || (select string_agg(a.expected || '/'"
                        + " || a.experienced, ',' order by a.item_id) from response_answer a where a.response_id = r.id),"
                        + " ' | ' order by r.responded_at) from survey_response r left join contact c on c.id = r.contact_id"
                        + " where r.account_id = :a")
                .param("a", account)
                .query(String.class)
                .single();
    }

    @Test
    void the_export_is_read_back_by_the_import_unchanged() throws Exception {
        run(
                fixtures.file(
                        "first.csv",
                        HEADER
                                + ",ACME,anna@acme.test,PRESENT,,2026-04-02T09:30:00Z,9,\"=SUM(A1) and Müller's \"\"ok\"\"\",5,6,4,7\r\n"
                                + ",ACME,,PRESENT,,2026-04-05T10:00:00Z,10,\"two\nlines\",,,6,6\r\n"),
                null);
        String before = fingerprint();
        var out = new ByteArrayOutputStream();

        imports.exportResponses(cx.touchpoint.base.AccountFilter.ALL, null, null, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFresponse_id,account_external_id,contact_email,pattern,touch_point,responded_at,"
                        + "nps,comment,competence_expected,");
        assertThat(csv).contains("'=SUM(A1) and Müller's");
        data.jdbc()
                .sql("delete from survey_response where account_id = :a")
                .param("a", account)
                .update();
        assertThat(responses()).isZero();

        var job = run(fixtures.file("export.csv", csv), null);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rowsStored()).isEqualTo(2);
        assertThat(fingerprint())
                .isEqualTo(before)
                .contains("=SUM(A1) and Müller's \"ok\"")
                .contains("two\nlines");
    }
}
