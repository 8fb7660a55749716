package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/v1/events} fires the touch point's transaction-survey trigger, or keeps the event for one. */
@DatabaseTest
@AutoConfigureMockMvc
class ApiEventsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    String token;
    long account;
    String email;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfig.START);
        long ae = data.user("events.ae", Role.ACCOUNT_EXECUTIVE);
        account = data.account("Event Freight", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.jdbc()
                .sql("update account set external_id = 'EV-1' where id = :id")
                .param("id", account)
                .update();
        long contact = data.contact(account, "Erika Event");
        email = data.jdbc()
                .sql("select email from contact where id = :id")
                .param("id", contact)
                .query(String.class)
                .single();
        long template = data.jdbc()
                .sql("insert into survey_template (name, pattern, touch_point_id, asks_nps) values ('Delivery check',"
                        + " 'PAST', (select id from touch_point where code = 'delivery'), false) returning id")
                .query(Long.class)
                .single();
        data.jdbc()
                .sql("insert into survey_item (template_id, position, cue_id, question) values (:t, 1,"
                        + " (select id from perception_cue where code = 'reliability'), 'Did it arrive on time?')")
                .param("t", template)
                .update();
        data.jdbc()
                .sql("insert into survey_trigger (touch_point_id, template_id) values ((select id from touch_point"
                        + " where code = 'delivery'), :t)")
                .param("t", template)
                .update();
        var user = new SignedInUser(ae, "events.ae", "Test events.ae", Role.ACCOUNT_EXECUTIVE, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        token = tokens.create("events token");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.set(TestClockConfig.START);
    }

    String event(String touchPoint, String contactEmail) {
        return """
                {"accountExternalId": "EV-1", "contactEmail": %s, "touchPoint": "%s",
                 "occurredAt": "2026-05-13T08:00:00Z"}
                """
                .formatted(contactEmail == null ? "null" : "\"" + contactEmail + "\"", touchPoint);
    }

    Map<String, Object> stored(long eventId) {
        return data.jdbc()
                .sql("select trigger_outcome, invitation_id, trigger_note from touch_point_event where id = :id")
                .param("id", eventId)
                .query()
                .singleRow();
    }

    long lastEvent() {
        return data.jdbc()
                .sql("select max(id) from touch_point_event where account_id = :a")
                .param("a", account)
                .query(Long.class)
                .single();
    }

    @Test
    void a_delivery_with_a_trigger_sends_the_transaction_survey_to_the_contact() throws Exception {
        mvc.perform(post("/api/v1/events")
                        .with(httpBasic("events.ae", token))
                        .contentType("application/json")
                        .content(event("Delivery", email)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("INVITED"))
                .andExpect(jsonPath("$.template").value("Delivery check"))
                .andExpect(jsonPath("$.invitationId").isNumber());

        long event = lastEvent();
        var row = stored(event);
        assertThat(row.get("trigger_outcome")).isEqualTo("INVITED");
        long invitation = ((Number) row.get("invitation_id")).longValue();
        assertThat(data.jdbc()
                        .sql("select count(*) from outbox_mail where kind = 'INVITATION' and invitation_id = :i")
                        .param("i", invitation)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post("/api/v1/events")
                        .with(httpBasic("events.ae", token))
                        .contentType("application/json")
                        .content(event("delivery", email)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SKIPPED"))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("quiet period")));
    }

    @Test
    void without_a_trigger_or_a_contact_the_event_is_kept_with_202() throws Exception {
        mvc.perform(post("/api/v1/events")
                        .with(httpBasic("events.ae", token))
                        .contentType("application/json")
                        .content(event("invoicing", email)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outcome").value("NO_TRIGGER"))
                .andExpect(jsonPath("$.invitationId").doesNotExist());
        assertThat(stored(lastEvent()).get("trigger_outcome")).isEqualTo("NO_TRIGGER");

        mvc.perform(post("/api/v1/events")
                        .with(httpBasic("events.ae", token))
                        .contentType("application/json")
                        .content(event("delivery", null)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outcome").value("NO_CONTACT"));
        assertThat(stored(lastEvent()).get("trigger_outcome")).isEqualTo("NO_CONTACT");
        assertThat(data.jdbc()
                        .sql("select count(*) from survey_invitation i join contact c on c.id = i.contact_id"
                                + " where c.account_id = :a")
                        .param("a", account)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_executive_or_a_team_lead_may_read_but_not_post_events_or_responses() throws Exception {
        for (Role role : new Role[] {Role.EXECUTIVE, Role.TEAM_LEAD}) {
            String username = "events." + role.name().toLowerCase();
            long id = data.user(username, role);
            var user = new SignedInUser(id, username, "Test " + username, role, null, "");
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            String theirs = tokens.create("events token");
            SecurityContextHolder.clearContext();
            mvc.perform(post("/api/v1/events")
                            .with(httpBasic(username, theirs))
                            .contentType("application/json")
                            .content(event("delivery", email)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/responses")
                            .with(httpBasic(username, theirs))
                            .contentType("application/json")
                            .content("{\"accountExternalId\": \"EV-1\", \"pattern\": \"PRESENT\", \"nps\": 3}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(data.jdbc()
                        .sql("select count(*) from touch_point_event where account_id = :a")
                        .param("a", account)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_unknown_touch_point_is_400_and_nothing_is_stored() throws Exception {
        mvc.perform(post("/api/v1/events")
                        .with(httpBasic("events.ae", token))
                        .contentType("application/json")
                        .content(event("teleport", email)))
                .andExpect(status().isBadRequest());
        assertThat(data.jdbc()
                        .sql("select count(*) from touch_point_event where account_id = :a")
                        .param("a", account)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
