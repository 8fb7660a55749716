package cx.touchpoint.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyJobs;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 18 A 2, as it failed: a contact whose answer came in by CSV import still got the reminder. */
@DatabaseTest
@Import(InlineImports.class)
class ImportedAnswerReminderTest {

    @Autowired
    ImportService imports;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyJobs jobs;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.set(TestClockConfig.START);
    }

    @Test
    void a_contact_whose_answer_was_imported_gets_no_reminder() throws Exception {
        clock.set(TestClockConfig.START);
        var fixtures = new ImportFixtures(data, dir);
        long template = data.relationshipTemplate("Imported answer survey");
        long ae = data.user("reminder.ae", Role.ACCOUNT_EXECUTIVE);
        long account = data.account("Reminder Import Co", ae, new BigDecimal("1000"), new BigDecimal("1000"));
        data.jdbc()
                .sql("update account set external_id = 'REMIND' where id = :id")
                .param("id", account)
                .update();
        long contact = data.contact(account, "Ida Imported");
        data.jdbc()
                .sql("update contact set email = 'ida@remind.test' where id = :id")
                .param("id", contact)
                .update();
        fixtures.signIn("admin.reminder", Role.ADMIN);
        assertThat(surveys.send(surveys.prepare(account, template, null, List.of(contact), contact))
                        .sent())
                .isEqualTo(1);

        // answered in another tool two days later; the nightly export is imported
        clock.advance(Duration.ofDays(2));
        var job = imports.start(
                fixtures.file(
                        "answers.csv",
                        "account_external_id,contact_email,pattern,responded_at,nps\r\n"
                                + "REMIND,ida@remind.test,PRESENT,2026-05-15T09:00:00Z,9\r\n"),
                "answers.csv",
                ImportKind.RESPONSES,
                null,
                false);
        var out = new java.io.ByteArrayOutputStream();
        imports.writeReport(job, out);
        assertThat(imports.job(job).orElseThrow().rowsStored())
                .as(imports.job(job).orElseThrow() + " " + out)
                .isEqualTo(1);
        assertThat(fixtures.count("select template_id from survey_response where contact_id = " + contact))
                .as("the import recorded it against the survey that was sent")
                .isEqualTo(template);
        clock.advance(Duration.ofDays(6));

        assertThat(jobs.runDue()).isEqualTo("0 sent, 0 reminded, 0 expired");
        assertThat(fixtures.count(
                        "select count(*) from outbox_mail where kind = 'REMINDER' and contact_id = " + contact))
                .isZero();
    }
}
