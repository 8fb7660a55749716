package cx.touchpoint.testsupport;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hand-made rows for tests, inserted with plain SQL so a test states exactly the data behind the
 * figure it asserts. Reference data (cues, touch points, teams) comes from the migrations.
 */
@Component
public class TestData {

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates a user with the role and signs in as them for the service calls that follow (services enforce
     * the permission policy); clear with {@code SecurityContextHolder.clearContext()} after the test.
     */
    public SignedInUser signIn(String username, Role role) {
        long id = user(username, role);
        var user = new SignedInUser(id, username, "Test " + username, role, null, "{noop}x");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    public long user(String username, Role role) {
        return user(username, role, null);
    }

    public long user(String username, Role role, String teamCode) {
        return jdbc.sql("insert into app_user (username, full_name, email, password_hash, role, team_id)"
                        + " values (:u, :name, :email, '{noop}x', :role,"
                        + " (select id from team where code = :team)) returning id")
                .param("u", username)
                .param("name", "Test " + username)
                .param("email", username + "@example.test")
                .param("role", role.name())
                .param("team", teamCode)
                .query(Long.class)
                .single();
    }

    public long verticalMarket(String name, String group) {
        return jdbc.sql("insert into vertical_market (name, market_group) values (:n, :g)"
                        + " on conflict (name) do update set market_group = excluded.market_group returning id")
                .param("n", name)
                .param("g", group)
                .query(Long.class)
                .single();
    }

    public long location(String region, String country) {
        return jdbc.sql("insert into location (region, country) values (:r, :c)"
                        + " on conflict (region, country) do update set region = excluded.region returning id")
                .param("r", region)
                .param("c", country)
                .query(Long.class)
                .single();
    }

    public long platform(String name) {
        return jdbc.sql("insert into service_platform (name) values (:n)"
                        + " on conflict (name) do update set name = excluded.name returning id")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** An active account in a default vertical, location and platform. */
    public long account(String name, long accountExecutiveId, BigDecimal revenue, BigDecimal potential) {
        return account(
                name,
                accountExecutiveId,
                revenue,
                potential,
                verticalMarket("Manufacturing", "Industry"),
                location("Europe", "Germany"),
                platform("Cloud"));
    }

    public long account(
            String name,
            long accountExecutiveId,
            BigDecimal revenue,
            BigDecimal potential,
            long verticalId,
            long locationId,
            long platformId) {
        return jdbc.sql("insert into account (name, vertical_market_id, location_id, service_platform_id,"
                        + " account_executive_id, annual_revenue, potential_revenue, customer_since)"
                        + " values (:n, :v, :l, :p, :ae, :rev, :pot, :since) returning id")
                .param("n", name)
                .param("v", verticalId)
                .param("l", locationId)
                .param("p", platformId)
                .param("ae", accountExecutiveId)
                .param("rev", revenue)
                .param("pot", potential)
                .param("since", LocalDate.of(2020, 1, 1))
                .query(Long.class)
                .single();
    }

    public long contact(long accountId, String fullName) {
        return jdbc.sql("insert into contact (account_id, full_name, email) values (:a, :n, :e) returning id")
                .param("a", accountId)
                .param("n", fullName)
                .param("e", UUID.randomUUID() + "@customer.test")
                .query(Long.class)
                .single();
    }

    public long cueId(String code) {
        return jdbc.sql("select id from perception_cue where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    public long touchPointId(String code) {
        return jdbc.sql("select id from touch_point where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    public long teamId(String code) {
        return jdbc.sql("select id from team where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    /** A relationship (PRESENT) survey template with one item per perception cue, in cue order. */
    public long relationshipTemplate(String name) {
        long template = jdbc.sql("insert into survey_template (name, pattern) values (:n, 'PRESENT') returning id")
                .param("n", name)
                .query(Long.class)
                .single();
        jdbc.sql("insert into survey_item (template_id, position, cue_id, question)"
                        + " select :t, c.sort_order, c.id, 'How do you rate our ' || lower(c.name) || '?'"
                        + " from perception_cue c")
                .param("t", template)
                .update();
        return template;
    }

    public long itemId(long templateId, String cueCode) {
        return jdbc.sql("select i.id from survey_item i join perception_cue c on c.id = i.cue_id"
                        + " where i.template_id = :t and c.code = :c order by i.position limit 1")
                .param("t", templateId)
                .param("c", cueCode)
                .query(Long.class)
                .single();
    }

    /** A response to {@code templateId}; answers are added with {@link #answer}. */
    public long response(
            long templateId, long accountId, String pattern, Integer nps, Instant respondedAt, String comment) {
        return jdbc.sql("insert into survey_response (template_id, account_id, pattern, channel, nps, comment,"
                        + " responded_at) values (:t, :a, :p, 'MANUAL', :nps, :c, :at) returning id")
                .param("t", templateId)
                .param("a", accountId)
                .param("p", pattern)
                .param("nps", nps)
                .param("c", comment == null ? "" : comment)
                .param("at", Timestamp.from(respondedAt))
                .query(Long.class)
                .single();
    }

    public void answer(long responseId, long itemId, int expected, int experienced) {
        jdbc.sql("insert into response_answer (response_id, item_id, expected, experienced) values (:r, :i, :e, :x)")
                .param("r", responseId)
                .param("i", itemId)
                .param("e", expected)
                .param("x", experienced)
                .update();
    }

    /** A relationship response answering every item of the template with the same scores. */
    public long relationshipResponse(
            long templateId, long accountId, Integer nps, Instant at, int expected, int experienced) {
        long response = response(templateId, accountId, "PRESENT", nps, at, "");
        jdbc.sql("insert into response_answer (response_id, item_id, expected, experienced)"
                        + " select :r, id, :e, :x from survey_item where template_id = :t")
                .param("r", response)
                .param("t", templateId)
                .param("e", expected)
                .param("x", experienced)
                .update();
        return response;
    }

    public long issue(long accountId, String status, Instant createdAt, Instant slaDueAt) {
        return jdbc.sql("insert into issue (source, account_id, title, severity, status, owner_team_id, created_at,"
                        + " updated_at, sla_due_at, resolved_at) values ('MANUAL', :a, 'Test issue', 'MEDIUM', :s,"
                        + " (select id from team where code = 'customer_service'), :c, :c, :due,"
                        + " case when :s in ('RESOLVED', 'CLOSED') then cast(:c as timestamptz) end) returning id")
                .param("a", accountId)
                .param("s", status)
                .param("c", Timestamp.from(createdAt))
                .param("due", Timestamp.from(slaDueAt))
                .query(Long.class)
                .single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
