package cx.touchpoint.gap;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Hand-made rows for the gap tests (standards, actuals, promises, estimates, answers with values). */
public class GapFixtures {

    private final JdbcClient jdbc;

    public GapFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long standard(String code, String cueCode, String unit, Direction direction, String target) {
        return standard(code, cueCode, null, null, unit, direction, target);
    }

    public long standard(
            String code,
            String cueCode,
            String touchPointCode,
            String teamCode,
            String unit,
            Direction direction,
            String target) {
        return jdbc.sql("insert into service_standard (code, name, cue_id, touch_point_id, owner_team_id, unit,"
                        + " direction, target_value) values (:code, :name, (select id from perception_cue where code = :cue),"
                        + " (select id from touch_point where code = :tp), (select id from team where code = :team),"
                        + " :unit, :direction, :target) returning id")
                .param("code", code)
                .param("name", "Standard " + code)
                .param("cue", cueCode)
                .param("tp", touchPointCode)
                .param("team", teamCode)
                .param("unit", unit)
                .param("direction", direction.name())
                .param("target", new BigDecimal(target))
                .query(Long.class)
                .single();
    }

    public void actual(long standardId, String month, String value) {
        jdbc.sql("insert into standard_actual (standard_id, period_start, actual_value) values (:s, :m, :v)")
                .param("s", standardId)
                .param("m", LocalDate.parse(month + "-01"))
                .param("v", new BigDecimal(value))
                .update();
    }

    public void promise(long standardId, String value, String from, String to) {
        jdbc.sql("insert into standard_promise (standard_id, promised_value, wording, channel, valid_from, valid_to)"
                        + " values (:s, :v, :w, 'CONTRACT', :f, :t)")
                .param("s", standardId)
                .param("v", new BigDecimal(value))
                .param("w", "We promise " + value)
                .param("f", LocalDate.parse(from))
                .param("t", to == null ? null : LocalDate.parse(to))
                .update();
    }

    public void linkItem(long itemId, long standardId) {
        jdbc.sql("update survey_item set standard_id = :s where id = :i")
                .param("s", standardId)
                .param("i", itemId)
                .update();
    }

    public void estimate(long userId, long itemId, String day, int expected, String value) {
        jdbc.sql("insert into manager_estimate (user_id, item_id, estimated_on, estimated_expected,"
                        + " estimated_expected_value) values (:u, :i, :d, :e, :v)")
                .param("u", userId)
                .param("i", itemId)
                .param("d", LocalDate.parse(day))
                .param("e", expected)
                .param("v", value == null ? null : new BigDecimal(value))
                .update();
    }

    public void answer(
            long responseId, long itemId, int expected, int experienced, String expectedValue, String perceivedValue) {
        jdbc.sql("insert into response_answer (response_id, item_id, expected, experienced, expected_value,"
                        + " perceived_value) values (:r, :i, :e, :x, :ev, :pv)")
                .param("r", responseId)
                .param("i", itemId)
                .param("e", expected)
                .param("x", experienced)
                .param("ev", expectedValue == null ? null : new BigDecimal(expectedValue))
                .param("pv", perceivedValue == null ? null : new BigDecimal(perceivedValue))
                .update();
    }

    /** A transaction (PAST) survey about one touch point with one item of {@code cueCode}; returns the item id. */
    public long transactionItem(String name, String touchPointCode, String cueCode) {
        long template = jdbc.sql("insert into survey_template (name, pattern, touch_point_id) values (:n, 'PAST',"
                        + " (select id from touch_point where code = :tp)) returning id")
                .param("n", name)
                .param("tp", touchPointCode)
                .query(Long.class)
                .single();
        return jdbc.sql("insert into survey_item (template_id, position, cue_id, question) values (:t, 1,"
                        + " (select id from perception_cue where code = :c), 'How was this transaction?') returning id")
                .param("t", template)
                .param("c", cueCode)
                .query(Long.class)
                .single();
    }

    /** A response to the transaction survey of {@code itemId}, at its touch point. */
    public long transactionResponse(long itemId, long accountId, Instant at, String comment) {
        return jdbc.sql(
                        "insert into survey_response (template_id, account_id, touch_point_id, pattern, channel,"
                                + " comment, responded_at) select t.id, :a, t.touch_point_id, 'PAST', 'MANUAL', :c, :at"
                                + " from survey_item i join survey_template t on t.id = i.template_id where i.id = :i returning id")
                .param("a", accountId)
                .param("c", comment)
                .param("at", Timestamp.from(at))
                .param("i", itemId)
                .query(Long.class)
                .single();
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    public static SignedInUser signIn(long id, Role role, Long teamId) {
        var user = new SignedInUser(id, "user" + id, "Test user", role, teamId, "{noop}x");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
