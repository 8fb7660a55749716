package cx.touchpoint.account;

import cx.touchpoint.survey.ContactSurveyState;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Surveys mark a contact surveyed or opted out through this; the contact table stays ours. */
@Component
class ContactSurveyMarks implements ContactSurveyState {

    private final JdbcClient jdbc;

    ContactSurveyMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void surveyed(long contactId, Instant at) {
        jdbc.sql("update contact set last_surveyed_at = :at, version = version + 1 where id = :c")
                .param("at", Timestamp.from(at))
                .param("c", contactId)
                .update();
    }

    @Override
    public boolean optedOut(long contactId, Instant at) {
        return jdbc.sql(
                                """
                update contact set opted_out_at = :at, version = version + 1
                where id = :c and opted_out_at is null
                """)
                        .param("at", Timestamp.from(at))
                        .param("c", contactId)
                        .update()
                > 0;
    }
}
