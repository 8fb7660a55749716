package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Readiness shows the standards and promises an account's contacts reported as missed recently: a
 * value in the standard's unit worse for them than the target or the promise in force that day.
 */
@DatabaseTest
class ReadinessTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    SurveyFixtures f;
    long template;
    long replyItem;
    long onTimeItem;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfig.START);
        f = new SurveyFixtures(data);
        template = f.template();
        // first reply within 4 h (promised: 8 h); on-time delivery 95 % (promised: 90 %)
        long reply = standard("ready_reply", "Ready reply time", "responsiveness", "h", "LOWER_IS_BETTER", 4, 8);
        long onTime =
                standard("ready_on_time", "Ready on-time delivery", "reliability", "%", "HIGHER_IS_BETTER", 95, 90);
        replyItem = link(template, "responsiveness", reply);
        onTimeItem = link(template, "reliability", onTime);
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void standards_and_promises_missed_in_the_last_90_days_are_counted_per_account() {
        long ae = f.signInAsAccountExecutive();
        long missing = f.account("Missed Co", ae);
        long fine = f.account("Fine Co", ae);
        // 6 h misses the 4 h standard, not the 8 h promise; 85 % misses the 95 % standard and the 90 % promise
        answer(missing, 10, replyItem, "6");
        answer(missing, 10, onTimeItem, "85");
        // 91 days ago: no longer recent
        answer(missing, 91, replyItem, "20");
        // better than every target: nothing missed
        answer(fine, 5, replyItem, "3");
        answer(fine, 5, onTimeItem, "99");

        var rows = surveys.readiness("", ReadinessSort.MISSED, false, 0, 10);

        assertThat(rows).extracting(Readiness::account).startsWith(name(missing));
        var missed =
                rows.stream().filter(r -> r.accountId() == missing).findFirst().orElseThrow();
        assertThat(missed.standardsMissed()).isEqualTo(2);
        assertThat(missed.promisesMissed()).isEqualTo(1);
        var none = rows.stream().filter(r -> r.accountId() == fine).findFirst().orElseThrow();
        assertThat(none.standardsMissed()).isZero();
        assertThat(none.promisesMissed()).isZero();

        // 81 days on, every answer above is older than 90 days
        clock.advance(Duration.ofDays(81));
        var later = surveys.readiness("Missed Co", ReadinessSort.ACCOUNT, true, 0, 10);
        assertThat(later).singleElement().satisfies(r -> assertThat(r.standardsMissed() + r.promisesMissed())
                .isZero());
        clock.set(TestClockConfig.START);
    }

    private String name(long account) {
        return data.jdbc()
                .sql("select name from account where id = :a")
                .param("a", account)
                .query(String.class)
                .single();
    }

    private long standard(
            String code, String name, String cue, String unit, String direction, int target, int promised) {
        long id = data.jdbc()
                .sql("insert into service_standard (code, name, cue_id, unit, direction, target_value) values (:c, :n,"
                        + " (select id from perception_cue where code = :cue), :u, :d, :t) returning id")
                .param("c", code)
                .param("n", name)
                .param("cue", cue)
                .param("u", unit)
                .param("d", direction)
                .param("t", target)
                .query(Long.class)
                .single();
        data.jdbc()
                .sql("insert into standard_promise (standard_id, promised_value, wording, channel, valid_from) values"
                        + " (:s, :v, 'As promised', 'CONTRACT', :from)")
                .param("s", id)
                .param("v", promised)
                .param("from", LocalDate.of(2025, 1, 1))
                .update();
        return id;
    }

    private long link(long templateId, String cue, long standardId) {
        long item = data.itemId(templateId, cue);
        data.jdbc()
                .sql("update survey_item set standard_id = :s where id = :i")
                .param("s", standardId)
                .param("i", item)
                .update();
        return item;
    }

    private void answer(long account, int daysAgo, long item, String perceived) {
        long response =
                data.response(template, account, "PRESENT", 5, clock.instant().minus(Duration.ofDays(daysAgo)), "");
        data.jdbc()
                .sql("insert into response_answer (response_id, item_id, expected, experienced, perceived_value)"
                        + " values (:r, :i, 5, 3, :v)")
                .param("r", response)
                .param("i", item)
                .param("v", new BigDecimal(perceived))
                .update();
    }
}
