package cx.touchpoint.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestClockConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The demo company tells the story the README promises. Generated once for the class (a generation
 * takes tens of seconds), into one transaction that every test reads and that is rolled back after the
 * last, so no other test sees the demo company.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED) // the class's own transaction below, not one per test
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCompanyTest {

    @Autowired
    DemoCompany company;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cx.touchpoint.insight.DriverService drivers;

    @Autowired
    cx.touchpoint.insight.NpsService nps;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    cx.touchpoint.api.ApiTokenService apiTokens;

    @Autowired
    DemoApiTokens demoTokens;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private TransactionStatus generated;

    @BeforeAll
    void generate() {
        generated = transactions.getTransaction(new DefaultTransactionDefinition());
        company.generate();
    }

    @AfterAll
    void rollBack() {
        transactions.rollback(generated);
    }

    @Test
    void every_demo_user_general_manager_included_has_the_readme_api_token_stored_like_any_other() {
        for (String username :
                List.of("executive", "general.manager", "account.exec", "team.lead", "specialist", "admin")) {
            assertThat(apiTokens.authenticate(username, "demo-" + username))
                    .as(username)
                    .hasValueSatisfying(user -> assertThat(user.username()).isEqualTo(username));
            assertThat(apiTokens.authenticate(username, "demo-someone-else"))
                    .as(username)
                    .isEmpty();
        }
        assertThat(count("select count(*) from app_user u where u.demo and not exists (select 1 from api_token t"
                        + " where t.user_id = u.id and t.name = 'Demo token')"))
                .isZero();
        // made once: a second pass (a restart) makes none, and a revoked one is not revived
        jdbc.sql("update api_token set revoked_at = now() where name = 'Demo token' and user_id ="
                        + " (select id from app_user where username = 'general.manager')")
                .update();
        assertThat(demoTokens.create()).isZero();
        assertThat(apiTokens.authenticate("general.manager", "demo-general.manager"))
                .isEmpty();
        jdbc.sql("update api_token set revoked_at = null where name = 'Demo token' and user_id ="
                        + " (select id from app_user where username = 'general.manager')")
                .update();
    }

    @Test
    void every_demo_user_signs_in_with_the_demo_password_and_has_the_role_the_readme_lists() {
        Map<String, String> roles = Map.of(
                "executive", "EXECUTIVE",
                "account.exec", "ACCOUNT_EXECUTIVE",
                "team.lead", "TEAM_LEAD",
                "specialist", "SPECIALIST",
                "admin", "ADMIN");
        roles.forEach((username, role) -> {
            var user = jdbc.sql("select role, password_hash from app_user where username = ?")
                    .param(username)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                    .single();
            assertThat(user.get(0)).as(username).isEqualTo(role);
            assertThat(passwords.matches("touchpoint", user.get(1)))
                    .as(username)
                    .isTrue();
        });
        assertThat(count("select count(*) from team t join app_user u on u.id = t.lead_id"
                        + " where t.code = 'customer_service' and u.username = 'team.lead'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from app_user u join team t on t.id = u.team_id"
                        + " where u.username = 'specialist' and t.code = 'product_development'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from team where general_manager_id is null or lead_id is null"))
                .isZero();
    }

    @Test
    void six_hundred_accounts_over_six_verticals_locations_and_three_platforms() {
        assertThat(count("select count(*) from account")).isEqualTo(600);
        assertThat(count("select count(distinct vertical_market_id) from account"))
                .isEqualTo(6);
        assertThat(count("select count(distinct location_id) from account")).isEqualTo(6);
        assertThat(count("select count(distinct service_platform_id) from account"))
                .isEqualTo(3);
        assertThat(count("select count(*) from account a join app_user u on u.id = a.account_executive_id"
                        + " where u.username = 'account.exec'"))
                .isEqualTo(100);
        assertThat(count("select count(*) from account a where not exists"
                        + " (select 1 from contact c where c.account_id = a.id)"))
                .isZero();
    }

    @Test
    void reliability_drives_nps_most_and_manufacturing_drops_for_real_while_other_verticals_are_noise() {
        long executive = jdbc.sql("select id from app_user where username = 'executive'")
                .query(Long.class)
                .single();
        var user = new cx.touchpoint.security.SignedInUser(
                executive, "executive", "Executive", cx.touchpoint.security.Role.EXECUTIVE, null, "");
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        user, null, user.getAuthorities()));
        try {
            var analysis = drivers.recentDrivers(cx.touchpoint.base.AccountFilter.ALL);
            assertThat(analysis.estimated()).isTrue();
            assertThat(analysis.drivers().get(0).cue()).isEqualTo("Reliability");
            assertThat(analysis.drivers().get(0).importance()).isGreaterThan(0.3);
            var verticals = nps.byVertical(cx.touchpoint.base.AccountFilter.ALL);
            assertThat(verticals)
                    .filteredOn(v -> v.verticalMarket().equals("Manufacturing"))
                    .singleElement()
                    .satisfies(v -> assertThat(v.change().significance())
                            .isEqualTo(cx.touchpoint.insight.Significance.SIGNIFICANT_DROP));
            assertThat(verticals)
                    .filteredOn(v -> !v.verticalMarket().equals("Manufacturing"))
                    .extracting(v -> v.change().significance())
                    .contains(cx.touchpoint.insight.Significance.WITHIN_NOISE);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void retail_and_distribution_defects_more_than_any_other_vertical() {
        List<String> byDefections = jdbc.sql(
                        "select v.name from account a join vertical_market v"
                                + " on v.id = a.vertical_market_id where a.status = 'DEFECTED' group by v.name order by count(*) desc")
                .query(String.class)
                .list();
        assertThat(byDefections).first().isEqualTo("Retail & distribution");
    }

    @Test
    void the_largest_accounts_are_the_unhappy_ones_and_reliability_has_the_clear_delivery_gap() {
        double unhappyRevenue = number("select avg(a.annual_revenue) from account a join account_latest_score s"
                + " on s.account_id = a.id where s.score < 5");
        double happyRevenue = number("select avg(a.annual_revenue) from account a join account_latest_score s"
                + " on s.account_id = a.id where s.score >= 5");
        assertThat(unhappyRevenue).isGreaterThan(happyRevenue);
        String worstCue = jdbc.sql("select c.code from response_answer x join survey_item i on i.id = x.item_id"
                        + " join perception_cue c on c.id = i.cue_id group by c.code"
                        + " order by avg(x.experienced) - avg(x.expected) limit 1")
                .query(String.class)
                .single();
        assertThat(worstCue).isEqualTo("reliability");
    }

    @Test
    void eight_quarterly_relationship_waves_and_the_seed_standards() {
        assertThat(count("select count(*) from survey_wave")).isEqualTo(8);
        assertThat(count("select count(*) from survey_wave where status = 'OPEN'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from survey_response where pattern = 'PRESENT' and wave_id is null"))
                .isZero();
        double onTime = number("select avg(actual_value) from standard_actual a join service_standard s"
                + " on s.id = a.standard_id where s.code = 'on_time_delivery'");
        assertThat(onTime).isCloseTo(90, within(1.0));
        double firstReply = number("select avg(actual_value) from standard_actual a join service_standard s"
                + " on s.id = a.standard_id where s.code = 'first_reply_time'");
        assertThat(firstReply).isCloseTo(24, within(2.0));
        assertThat(count("select count(*) from standard_promise p join service_standard s on s.id = p.standard_id"
                        + " where s.code = 'first_reply_time' and p.promised_value = 1"))
                .isEqualTo(1);
        assertThat(count("select count(distinct user_id) from manager_estimate"))
                .isEqualTo(12);
    }

    @Test
    void every_accounts_carried_segment_per_wave_is_its_latest_wave_score_up_to_that_wave() {
        // the movement matrix's rule before V160, probed per account and wave, against the carried table
        String differences =
                """
                select count(*) from account a cross join relationship_wave_quarters() q (q)
                left join lateral (select w.segment from account_wave_score w where w.account_id = a.id
                                   and w.quarter_start <= q.q order by w.quarter_start desc limit 1) probed on true
                left join account_wave_segment c on c.account_id = a.id and c.quarter_start = q.q
                where probed.segment is distinct from c.segment
                """;
        assertThat(jdbc.sql("select count(*) from relationship_wave_quarters()")
                        .query(Long.class)
                        .single())
                .isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from account_wave_segment where scored_quarter < quarter_start")
                        .query(Long.class)
                        .single())
                .isGreaterThan(100);
        assertThat(jdbc.sql(differences).query(Long.class).single()).isZero();
    }

    @Test
    void issues_in_every_status_with_evidence_an_audit_trail_and_escalations() {
        assertThat(jdbc.sql("select distinct status from issue")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("NEW", "TRIAGED", "IN_PROGRESS", "RESOLVED", "CLOSED", "WONT_FIX");
        assertThat(count("select count(*) from issue i where not exists"
                        + " (select 1 from issue_evidence e where e.issue_id = i.id)"))
                .isZero();
        assertThat(count("select count(*) from issue i where not exists"
                        + " (select 1 from issue_event e where e.issue_id = i.id and e.kind = 'CREATED')"))
                .isZero();
        assertThat(count("select count(*) from issue where escalated_at is not null"))
                .isPositive();
        assertThat(count("select count(distinct owner_team_id) from issue")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from issue i join team t on t.id = i.owner_team_id"
                        + " where t.code = 'product_development' and i.description ilike '%battery%'"))
                .isPositive();
    }

    @Test
    void since_the_board_went_live_every_low_score_is_evidence_on_an_issue_raised_by_the_domains_rules() {
        var since = java.sql.Timestamp.from(
                TestClockConfig.START.minus(java.time.Duration.ofDays(DemoTimeline.DEFAULT_REPLAY_DAYS)));
        long lowScores = jdbc.sql("select count(*) from survey_response r where r.responded_at >= ? and exists"
                        + " (select 1 from response_answer x where x.response_id = r.id and x.experienced <= 3)")
                .param(since)
                .query(Long.class)
                .single();
        assertThat(lowScores).isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from survey_response r where r.responded_at >= ? and exists"
                                + " (select 1 from response_answer x where x.response_id = r.id and x.experienced <= 3)"
                                + " and not exists (select 1 from issue_evidence e where e.response_id = r.id)")
                        .param(since)
                        .query(Long.class)
                        .single())
                .as("low scores since the board went live without an issue")
                .isZero();
        assertThat(count("select count(*) from issue i join sla_policy p on p.severity = i.severity"
                        + " where i.sla_due_at <> i.sla_started_at + make_interval(hours => p.due_hours)"))
                .as("issues whose SLA due time is not the policy's")
                .isZero();
        assertThat(count("select count(*) from issue_event e join app_user u on u.id = e.actor_id"
                        + " where e.kind = 'STATUS' and e.to_value = 'TRIAGED' and u.role <> 'TEAM_LEAD'"))
                .as("triaged by someone other than a team lead")
                .isZero();
        assertThat(count("select count(*) from issue where status = 'RESOLVED' and verification = 'VERIFIED'"
                        + " or status = 'CLOSED'"))
                .isPositive();
    }

    @Test
    void a_living_survey_programme_made_through_the_survey_services() {
        assertThat(jdbc.sql("select distinct status from survey_preparation")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("DRAFT", "SHARED", "APPROVED", "SCHEDULED", "SENT");
        assertThat(count("select count(*) from survey_invitation where status = 'RESPONDED'"))
                .isPositive();
        assertThat(count("select count(*) from survey_invitation where status = 'SENT'"))
                .isPositive();
        assertThat(count("select count(*) from outbox_mail where status = 'HELD'"))
                .isPositive();
        assertThat(count("select count(*) from survey_trigger")).isEqualTo(4);
        assertThat(count("select count(*) from survey_step where kind = 'CUSTOMER_FEEDBACK'"))
                .isPositive();
    }

    @Test
    void the_generation_can_commit_no_service_call_marked_its_transaction_for_rollback() {
        var connection = (org.springframework.jdbc.datasource.ConnectionHolder)
                org.springframework.transaction.support.TransactionSynchronizationManager.getResource(dataSource);
        assertThat(connection.isRollbackOnly()).isFalse();
    }

    @Test
    void the_same_day_gives_the_same_data() {
        long responses = count("select count(*) from survey_response");
        double meanScore = number("select avg(experienced) from response_answer");
        transactions.rollback(generated);
        generated = transactions.getTransaction(new DefaultTransactionDefinition());
        assertThat(count("select count(*) from account")).isZero();
        company.generate();
        assertThat(count("select count(*) from survey_response")).isEqualTo(responses);
        assertThat(number("select avg(experienced) from response_answer")).isEqualTo(meanScore);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private double number(String sql) {
        return jdbc.sql(sql).query(Double.class).single();
    }
}
