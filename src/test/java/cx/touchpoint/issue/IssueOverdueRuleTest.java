package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.testsupport.DatabaseTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Overdue is one rule: the SQL function {@code issue_overdue} and {@link Issue#overdue} answer alike. */
@DatabaseTest
class IssueOverdueRuleTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_sql_function_and_the_java_method_agree_for_every_status_and_due_time() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        int overdue = 0;
        for (IssueStatus status : IssueStatus.values()) {
            for (Duration offset : new Duration[] {
                Duration.ofHours(-5), Duration.ofMillis(-1), Duration.ZERO, Duration.ofMillis(1), Duration.ofDays(2)
            }) {
                Instant due = now.plus(offset);
                boolean sql = jdbc.sql("select issue_overdue(:s, :due, :now)")
                        .param("s", status.name())
                        .param("due", Timestamp.from(due))
                        .param("now", Timestamp.from(now))
                        .query(Boolean.class)
                        .single();
                assertThat(sql).as("%s due %s", status, offset).isEqualTo(Issue.overdue(status, due, now));
                overdue += sql ? 1 : 0;
            }
        }
        // open (new, triaged, in progress) and due strictly before now: 3 statuses x 2 past due times
        assertThat(overdue).isEqualTo(6);
    }
}
