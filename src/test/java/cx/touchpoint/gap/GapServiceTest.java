package cx.touchpoint.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clock: 2026-05-13, so the default period is Feb-Apr 2026. Reliability: expected 6 and 7,
 * experienced 4 and 4 (gap -2.5); competence: expected 5 and 4, experienced 5 and 6 (gap +1).
 */
@DatabaseTest
class GapServiceTest {

    @Autowired
    GapService service;

    @Autowired
    TestData data;

    GapFixtures fixtures;
    long template;
    long ae;
    long otherAe;
    long alpha;
    long beta;
    long retail;

    @BeforeEach
    void setUp() {
        fixtures = new GapFixtures(data.jdbc());
        template = data.relationshipTemplate("Gap relationship survey");
        ae = data.user("gap.ae", Role.ACCOUNT_EXECUTIVE);
        data.signIn("gap.exec", Role.EXECUTIVE);
        otherAe = data.user("gap.other.ae", Role.ACCOUNT_EXECUTIVE);
        retail = data.verticalMarket("Retail", "Consumer");
        alpha = data.account("Alpha", ae, BigDecimal.TEN, BigDecimal.TEN);
        beta = data.account(
                "Beta",
                otherAe,
                BigDecimal.TEN,
                BigDecimal.TEN,
                retail,
                data.location("Europe", "Germany"),
                data.platform("Cloud"));
        long r1 = data.response(template, alpha, "PRESENT", 8, Instant.parse("2026-03-10T10:00:00Z"), "Late again");
        data.answer(r1, item("reliability"), 6, 4);
        data.answer(r1, item("competence"), 5, 5);
        long r2 = data.response(template, beta, "PRESENT", 9, Instant.parse("2026-04-10T10:00:00Z"), "");
        data.answer(r2, item("reliability"), 7, 4);
        data.answer(r2, item("competence"), 4, 6);
        // the current month is outside the default period
        long later = data.response(template, alpha, "PRESENT", 9, Instant.parse("2026-05-05T10:00:00Z"), "");
        data.answer(later, item("reliability"), 1, 7);
    }

    @AfterEach
    void signOut() {
        GapFixtures.signOut();
    }

    @Test
    void satisfaction_gap_per_cue_is_experienced_minus_expected_with_its_answers() {
        List<CueGaps> gaps = service.cueGaps(GapFilter.DEFAULT);

        assertThat(gaps).hasSize(7);
        SatisfactionGap reliability = cue(gaps, "Reliability").satisfaction();
        assertThat(reliability.expected()).isCloseTo(6.5, within(0.01));
        assertThat(reliability.experienced()).isCloseTo(4.0, within(0.01));
        assertThat(reliability.gap()).isCloseTo(-2.5, within(0.01));
        assertThat(reliability.answers()).isEqualTo(2);
        assertThat(cue(gaps, "Competence").satisfaction().gap()).isCloseTo(1.0, within(0.01));
        SatisfactionGap all = gaps.get(6).satisfaction();
        assertThat(gaps.get(6).cueId()).isNull();
        assertThat(all.gap()).isCloseTo(-0.75, within(0.01));
        assertThat(all.answers()).isEqualTo(4);
    }

    @Test
    void a_cue_without_answers_has_no_data_rather_than_a_zero_gap() {
        SatisfactionGap access =
                cue(service.cueGaps(GapFilter.DEFAULT), "Access").satisfaction();

        assertThat(access.gap()).isNull();
        assertThat(access.expected()).isNull();
        assertThat(access.answers()).isZero();
    }

    @Test
    void knowledge_gap_uses_each_managers_latest_estimate_in_the_twelve_months_up_to_the_period_end() {
        long lead = data.user("gap.lead", Role.TEAM_LEAD, "customer_service");
        fixtures.estimate(ae, item("reliability"), "2026-03-01", 5, null);
        fixtures.estimate(ae, item("reliability"), "2026-04-01", 6, null); // replaces the 5
        fixtures.estimate(lead, item("reliability"), "2026-02-15", 4, null);
        fixtures.estimate(lead, item("reliability"), "2026-05-02", 1, null); // after the period
        fixtures.estimate(otherAe, item("reliability"), "2025-04-30", 1, null); // older than 12 months

        List<CueGaps> gaps = service.cueGaps(GapFilter.DEFAULT);

        KnowledgeGap reliability = cue(gaps, "Reliability").knowledge();
        assertThat(reliability.managerEstimate()).isCloseTo(5.0, within(0.01));
        assertThat(reliability.gap()).isCloseTo(-1.5, within(0.01));
        assertThat(reliability.estimates()).isEqualTo(2);
        KnowledgeGap competence = cue(gaps, "Competence").knowledge();
        assertThat(competence.gap()).isNull();
        assertThat(competence.estimates()).isZero();
    }

    @Test
    void a_single_answer_gives_a_figure_with_one_answer_behind_it() {
        var filter = GapFilter.DEFAULT.withAccounts(new AccountFilter(retail, null, null, null));

        SatisfactionGap reliability =
                cue(service.cueGaps(filter), "Reliability").satisfaction();

        assertThat(reliability.gap()).isCloseTo(-3.0, within(0.01));
        assertThat(reliability.answers()).isEqualTo(1);
    }

    @Test
    void an_account_executive_sees_only_their_own_book_and_their_own_estimates() {
        fixtures.estimate(ae, item("reliability"), "2026-04-01", 7, null);
        fixtures.estimate(otherAe, item("reliability"), "2026-04-01", 3, null);
        GapFixtures.signIn(ae, Role.ACCOUNT_EXECUTIVE, null);

        CueGaps reliability = cue(service.cueGaps(GapFilter.DEFAULT), "Reliability");

        assertThat(reliability.satisfaction().gap()).isCloseTo(-2.0, within(0.01));
        assertThat(reliability.satisfaction().answers()).isEqualTo(1);
        assertThat(reliability.knowledge().gap()).isCloseTo(1.0, within(0.01));
        assertThat(service.scopeLabel(GapFilter.DEFAULT)).isEqualTo("Your accounts");
        assertThat(service.choices().accounts().accountExecutives())
                .extracting(o -> o.id())
                .containsExactly(ae);
    }

    @Test
    void largest_gaps_are_ranked_per_cue_and_touch_point_and_filter_by_touch_point() {
        long deliveryItem = fixtures.transactionItem("Delivery survey", "delivery", "reliability");
        long response =
                fixtures.transactionResponse(deliveryItem, alpha, Instant.parse("2026-04-20T08:00:00Z"), "Broken");
        data.answer(response, deliveryItem, 7, 2);

        List<RankedGap> ranked = service.largestGaps(GapFilter.DEFAULT, 0, 10);

        assertThat(ranked)
                .extracting(RankedGap::cueName, RankedGap::touchPointName, RankedGap::answers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Reliability", "Delivery", 1L),
                        org.assertj.core.groups.Tuple.tuple("Reliability", "Whole relationship", 2L),
                        org.assertj.core.groups.Tuple.tuple("Competence", "Whole relationship", 2L));
        assertThat(ranked.get(0).gap()).isCloseTo(-5.0, within(0.01));
        assertThat(service.largestGaps(GapFilter.DEFAULT, 1, 1)).hasSize(1);
        var atDelivery = GapFilter.DEFAULT.withTouchPoint(data.touchPointId("delivery"));
        assertThat(cue(service.cueGaps(atDelivery), "Reliability")
                        .satisfaction()
                        .answers())
                .isEqualTo(1);
    }

    @Test
    void a_longer_period_takes_in_older_answers_and_the_trend_is_per_quarter() {
        long r0 = data.response(template, alpha, "PRESENT", 5, Instant.parse("2025-12-01T10:00:00Z"), "");
        data.answer(r0, item("reliability"), 4, 4);

        SatisfactionGap sixMonths = cue(service.cueGaps(GapFilter.DEFAULT.withMonths(6)), "Reliability")
                .satisfaction();
        List<GapTrendPoint> trend = service.satisfactionTrend(GapFilter.DEFAULT);

        assertThat(sixMonths.answers()).isEqualTo(3);
        assertThat(sixMonths.gap()).isCloseTo(-5.0 / 3, within(0.01));
        assertThat(trend.stream().filter(p -> p.cueId() == null))
                .extracting(GapTrendPoint::quarterLabel, GapTrendPoint::answers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025 Q4", 1L),
                        org.assertj.core.groups.Tuple.tuple("2026 Q1", 2L),
                        org.assertj.core.groups.Tuple.tuple("2026 Q2", 3L));
        // Q2: reliability 7-4 and 1-7 plus competence 4-6: expected 4, experienced 17/3
        GapTrendPoint q2 =
                trend.stream().filter(p -> p.cueId() == null).toList().get(2);
        assertThat(q2.gap()).isCloseTo(17.0 / 3 - 4, within(0.01));
    }

    @Test
    void the_answers_behind_a_gap_come_worst_first_with_their_comments() {
        long cue = data.cueId("reliability");

        List<AnswerBehindGap> answers = service.answersBehind(GapFilter.DEFAULT, GapSelection.cue(cue), false, 0, 10);
        List<AnswerBehindGap> commented = service.answersBehind(GapFilter.DEFAULT, GapSelection.cue(cue), true, 0, 10);

        assertThat(answers)
                .extracting(AnswerBehindGap::accountName, AnswerBehindGap::gap)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Beta", -3),
                        org.assertj.core.groups.Tuple.tuple("Alpha", -2));
        assertThat(commented).extracting(AnswerBehindGap::comment).containsExactly("Late again");
        assertThat(service.answersBehind(
                        GapFilter.DEFAULT, GapSelection.cueAt(cue, data.touchPointId("delivery")), false, 0, 10))
                .isEmpty();
    }

    @Test
    void answers_with_the_same_shortfall_come_newest_first_by_their_responses_time_even_after_it_moves() {
        long cue = data.cueId("competence");
        long march = data.response(template, beta, "PRESENT", 7, Instant.parse("2026-03-20T10:00:00Z"), "");
        data.answer(march, item("competence"), 4, 6); // the same +2 as April's answer of Beta

        assertThat(service.answersBehind(GapFilter.DEFAULT, GapSelection.cue(cue), false, 0, 10))
                .extracting(AnswerBehindGap::answeredOn, AnswerBehindGap::gap)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2026, 3, 10), 0),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2026, 4, 10), 2),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2026, 3, 20), 2));

        data.jdbc()
                .sql("update survey_response set responded_at = timestamptz '2026-04-25 10:00:00+00' where id = :r")
                .param("r", march)
                .update();
        assertThat(service.answersBehind(GapFilter.DEFAULT, GapSelection.cue(cue), false, 0, 10))
                .extracting(AnswerBehindGap::answeredOn)
                .containsExactly(
                        java.time.LocalDate.of(2026, 3, 10),
                        java.time.LocalDate.of(2026, 4, 25),
                        java.time.LocalDate.of(2026, 4, 10));

        data.jdbc()
                .sql("update survey_response set responded_at = timestamptz '2025-06-01 10:00:00+00' where id = :r")
                .param("r", march)
                .update();
        assertThat(service.answersBehind(GapFilter.DEFAULT, GapSelection.cue(cue), false, 0, 10))
                .as("moved out of the period")
                .hasSize(2);
    }

    private long item(String cue) {
        return data.itemId(template, cue);
    }

    private static CueGaps cue(List<CueGaps> gaps, String name) {
        return gaps.stream().filter(g -> name.equals(g.cueName())).findFirst().orElseThrow();
    }
}
