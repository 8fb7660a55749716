package cx.touchpoint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clock: 2026-05-13, so the quarter under review is 2026 Q2 (from 1 April). */
@DatabaseTest
class ReviewServiceTest {

    static final Instant NOW = Instant.parse("2026-05-13T10:00:00Z");

    @Autowired
    ReviewService review;

    @Autowired
    TestData data;

    long ae;
    long template;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void setUp() {
        ae = data.user("review.ae", Role.ACCOUNT_EXECUTIVE);
        data.signIn("review.exec", Role.EXECUTIVE);
        template = data.relationshipTemplate("Review relationship");
    }

    @Test
    void a_teams_goal_is_met_or_missed_by_the_answers_at_the_touch_points_whose_standards_it_owns() {
        long account = data.account("Goal Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long logistics = data.teamId("logistics");
        long delivery = data.touchPointId("delivery");
        data.jdbc()
                .sql("insert into service_standard (code, name, cue_id, touch_point_id, owner_team_id, unit, direction,"
                        + " target_value) values ('otd', 'On time', :cue, :tp, :team, '%', 'HIGHER_IS_BETTER', 98)")
                .param("cue", data.cueId("reliability"))
                .param("tp", delivery)
                .param("team", logistics)
                .update();
        long item = data.itemId(template, "reliability");
        long inQuarter = response(account, delivery, Instant.parse("2026-04-20T10:00:00Z"));
        data.answer(inQuarter, item, 6, 4);
        long inQuarterToo = response(account, delivery, Instant.parse("2026-05-02T10:00:00Z"));
        data.answer(inQuarterToo, item, 6, 5);
        long lastQuarter = response(account, delivery, Instant.parse("2026-03-20T10:00:00Z"));
        data.answer(lastQuarter, item, 6, 1);
        goal(logistics, "SUMMARY_SCORE", "5.00");
        goal(logistics, "SATISFACTION_GAP", "-0.50");
        goal(data.teamId("finance"), "SUMMARY_SCORE", "5.00");

        var goals = review.goals();

        assertThat(goals).hasSize(3);
        TeamGoal score = find(goals, "Logistics", "SUMMARY_SCORE");
        assertThat(score.actual()).isCloseTo(4.5, within(0.001));
        assertThat(score.answers()).isEqualTo(2);
        assertThat(score.met()).isFalse();
        TeamGoal gap = find(goals, "Logistics", "SATISFACTION_GAP");
        assertThat(gap.actual()).isCloseTo(-1.5, within(0.001));
        assertThat(gap.met()).isFalse();
        TeamGoal finance = find(goals, "Finance", "SUMMARY_SCORE");
        assertThat(finance.actual()).as("no answers behind it: no data, not 0").isNull();
        assertThat(finance.met()).isNull();
    }

    @Test
    void nps_goals_are_measured_against_the_companys_relationship_nps_the_same_for_every_team() {
        long account = data.account("Loyal Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long other = data.account("Other Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.relationshipResponse(template, account, 10, Instant.parse("2026-04-10T10:00:00Z"), 5, 6);
        data.relationshipResponse(template, other, 9, Instant.parse("2026-04-12T10:00:00Z"), 5, 6);
        data.relationshipResponse(template, other, 3, Instant.parse("2026-05-02T10:00:00Z"), 5, 3);
        // last quarter's answer is not this quarter's NPS
        data.relationshipResponse(template, account, 0, Instant.parse("2026-03-30T10:00:00Z"), 5, 2);
        long logistics = data.teamId("logistics");
        goal(logistics, "NPS", "30");
        goal(data.teamId("finance"), "NPS", "40");

        var goals = review.goals();

        TeamGoal logisticsNps = find(goals, "Logistics", "NPS");
        TeamGoal financeNps = find(goals, "Finance", "NPS");
        assertThat(logisticsNps.actual()).as("2 promoters, 1 detractor of 3").isCloseTo(33.33, within(0.01));
        assertThat(logisticsNps.answers()).isEqualTo(3);
        assertThat(logisticsNps.met()).isTrue();
        assertThat(financeNps.actual()).isEqualTo(logisticsNps.actual());
        assertThat(financeNps.met())
                .as("the same NPS against Finance's own target")
                .isFalse();
    }

    @Test
    void the_nps_trend_covers_the_eight_quarters_up_to_this_one_and_only_quarters_with_answers_have_a_value() {
        long account = data.account("Trend Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.relationshipResponse(template, account, 10, Instant.parse("2024-08-10T10:00:00Z"), 5, 6);
        data.relationshipResponse(template, account, 2, Instant.parse("2026-05-10T10:00:00Z"), 5, 3);
        // before the first of the eight quarters
        data.relationshipResponse(template, account, 2, Instant.parse("2024-06-20T10:00:00Z"), 5, 3);

        assertThat(review.trendQuarters())
                .extracting(cx.touchpoint.base.Quarter::label)
                .containsExactly(
                        "2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2");
        assertThat(review.npsTrend())
                .extracting(p -> p.quarterLabel() + " " + p.nps())
                .containsExactly("2024 Q3 100.0", "2026 Q2 -100.0");
    }

    @Test
    void overdue_issue_goals_count_the_teams_open_issues_past_their_sla() {
        long account = data.account("Late Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.issue(account, "IN_PROGRESS", NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3)));
        data.issue(account, "NEW", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)));
        data.issue(account, "CLOSED", NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(20)));
        goal(data.teamId("customer_service"), "OVERDUE_ISSUES", "0");

        TeamGoal overdue = review.goals().get(0);

        assertThat(overdue.actual()).isEqualTo(1.0);
        assertThat(overdue.met()).isFalse();
    }

    @Test
    void defections_are_counted_per_vertical_market_group_over_twelve_months() {
        long retail = data.verticalMarket("Retail", "Trade");
        long bank = data.verticalMarket("Banking", "Financial");
        long loc = data.location("Europe", "France");
        long platform = data.platform("Cloud");
        for (int i = 0; i < 4; i++) {
            data.account("Shop " + i, ae, new BigDecimal("100000"), new BigDecimal("100000"), retail, loc, platform);
        }
        defect(
                data.account("Shop gone", ae, new BigDecimal("250000"), BigDecimal.ZERO, retail, loc, platform),
                "2026-01-10");
        defect(
                data.account("Shop long gone", ae, new BigDecimal("900000"), BigDecimal.ZERO, retail, loc, platform),
                "2024-01-10");
        data.account("Bank", ae, new BigDecimal("100000"), new BigDecimal("100000"), bank, loc, platform);

        var defections = review.defections();

        assertThat(defections.get(0).marketGroup()).isEqualTo("Trade");
        assertThat(defections.get(0).accounts())
                .as("four active and the one that left this year")
                .isEqualTo(5);
        assertThat(defections.get(0).defected()).isEqualTo(1);
        assertThat(defections.get(0).rate()).isCloseTo(20.0, within(0.001));
        assertThat(defections.get(0).revenueLost()).isEqualTo(250000.0);
        assertThat(defections)
                .filteredOn(d -> d.marketGroup().equals("Financial"))
                .singleElement()
                .satisfies(d -> assertThat(d.defected()).isZero());
    }

    @Test
    void verbatims_are_the_latest_comments_of_low_scores_and_detractors_only() {
        long account = data.account("Voice Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long low = data.response(template, account, "PRESENT", 8, Instant.parse("2026-05-01T10:00:00Z"), "Late again.");
        data.answer(low, data.itemId(template, "reliability"), 6, 2);
        long detractor =
                data.response(template, account, "PRESENT", 3, Instant.parse("2026-05-05T10:00:00Z"), "Cancel.");
        data.answer(detractor, data.itemId(template, "reliability"), 6, 6);
        long happy = data.response(template, account, "PRESENT", 10, Instant.parse("2026-05-06T10:00:00Z"), "Great!");
        data.answer(happy, data.itemId(template, "reliability"), 6, 7);

        assertThat(review.verbatims()).extracting(Verbatim::comment).containsExactly("Cancel.", "Late again.");
    }

    @Test
    void top_issues_put_the_overdue_first_then_the_most_severe() {
        long account = data.account("Issue Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long fresh = data.issue(account, "NEW", NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(2)));
        long overdue = data.issue(account, "TRIAGED", NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(2)));
        data.issue(account, "RESOLVED", NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(2)));

        var top = review.topIssues();

        assertThat(top).extracting(ReviewIssue::id).containsExactly(overdue, fresh);
        assertThat(top.get(0).overdue()).isTrue();
        assertThat(top.get(1).overdue()).isFalse();
    }

    @Test
    void the_six_gaps_are_each_shown_where_they_are_widest_and_no_data_stays_no_data() {
        long logistics = data.teamId("logistics");
        long standard = data.jdbc()
                .sql("insert into service_standard (code, name, cue_id, owner_team_id, unit, direction, target_value)"
                        + " values ('otd', 'On-time delivery', :cue, :team, '%', 'HIGHER_IS_BETTER', 98) returning id")
                .param("cue", data.cueId("reliability"))
                .param("team", logistics)
                .query(Long.class)
                .single();
        data.jdbc()
                .sql("insert into standard_actual (standard_id, period_start, actual_value) values (:s, :p, 90)")
                .param("s", standard)
                .param("p", Date.valueOf(LocalDate.of(2026, 4, 1)))
                .update();
        long account = data.account("Gap Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        data.relationshipResponse(template, account, 8, Instant.parse("2026-04-10T10:00:00Z"), 6, 5);

        var six = review.sixGaps();

        assertThat(six).extracting(ReviewGap::number).containsExactly(1, 2, 3, 4, 5, 6);
        ReviewGap delivery = six.get(2);
        assertThat(delivery.where()).isEqualTo("On-time delivery");
        assertThat(delivery.value()).isCloseTo(-8.0, within(0.01));
        assertThat(delivery.percent()).isCloseTo(-8.16, within(0.01));
        assertThat(six.get(5).value()).as("experienced 5 - expected 6").isCloseTo(-1.0, within(0.01));
        assertThat(six.get(0).value())
                .as("no manager estimates: no knowledge gap")
                .isNull();
        assertThat(six.get(3).value()).as("no promise: no communication gap").isNull();
    }

    @Test
    void a_gap_larger_than_its_reference_is_the_widest_and_reads_in_its_unit_not_as_a_percentage() {
        long logistics = data.teamId("logistics");
        long onTime = standard("otd", "On-time delivery", "%", "HIGHER_IS_BETTER", 98, logistics);
        long reply = standard("reply", "First reply to a support request", "h", "LOWER_IS_BETTER", 4, logistics);
        actual(onTime, 90);
        actual(reply, 24);

        ReviewGap delivery = review.sixGaps().get(2);

        assertThat(delivery.where())
                .as("24 h against 4 h is wider than 90 % against 98 %")
                .isEqualTo("First reply to a support request");
        assertThat(delivery.value()).isCloseTo(-20.0, within(0.01));
        assertThat(delivery.unit()).isEqualTo("h");
        assertThat(delivery.percent()).as("not -500 %").isNull();
    }

    private long standard(String code, String name, String unit, String direction, int target, long team) {
        return data.jdbc()
                .sql("insert into service_standard (code, name, cue_id, owner_team_id, unit, direction, target_value)"
                        + " values (:code, :name, :cue, :team, :unit, :direction, :target) returning id")
                .param("code", code)
                .param("name", name)
                .param("cue", data.cueId("responsiveness"))
                .param("team", team)
                .param("unit", unit)
                .param("direction", direction)
                .param("target", target)
                .query(Long.class)
                .single();
    }

    private void actual(long standard, int value) {
        data.jdbc()
                .sql("insert into standard_actual (standard_id, period_start, actual_value) values (:s, :p, :v)")
                .param("s", standard)
                .param("p", Date.valueOf(LocalDate.of(2026, 4, 1)))
                .param("v", value)
                .update();
    }

    private long response(long account, long touchPoint, Instant at) {
        long id = data.response(template, account, "PAST", null, at, "");
        data.jdbc()
                .sql("update survey_response set touch_point_id = :tp where id = :id")
                .param("tp", touchPoint)
                .param("id", id)
                .update();
        return id;
    }

    private void goal(long team, String metric, String target) {
        data.jdbc()
                .sql("insert into experience_goal (team_id, metric, period_start, target_value)"
                        + " values (:t, :m, :p, cast(:v as numeric))")
                .param("t", team)
                .param("m", metric)
                .param("p", Date.valueOf(LocalDate.of(2026, 4, 1)))
                .param("v", target)
                .update();
    }

    private void defect(long account, String on) {
        data.jdbc()
                .sql("update account set status = 'DEFECTED', defected_on = :d where id = :id")
                .param("d", Date.valueOf(on))
                .param("id", account)
                .update();
    }

    private static TeamGoal find(java.util.List<TeamGoal> goals, String team, String metric) {
        return goals.stream()
                .filter(g -> g.team().equals(team) && g.metric().equals(metric))
                .findFirst()
                .orElseThrow();
    }
}
