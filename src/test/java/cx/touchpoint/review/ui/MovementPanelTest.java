package cx.touchpoint.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentMovement;
import cx.touchpoint.segment.SegmentMovement.Move;
import cx.touchpoint.segment.SurveyWave;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The review marks moves with the same direction rule as the segment view's matrix. */
class MovementPanelTest {

    @Test
    void losing_a_score_is_neither_better_nor_worse_and_leaving_at_risk_for_model_is_better() {
        var movement = new SegmentMovement(
                new SurveyWave(LocalDate.of(2026, 1, 1), "Q1 wave"),
                new SurveyWave(LocalDate.of(2026, 4, 1), "Q2 wave"),
                List.of(
                        new Move(Segment.AT_RISK, Segment.UNSCORED, 5),
                        new Move(Segment.AT_RISK, Segment.MODEL, 4),
                        new Move(Segment.MODEL, Segment.DANGLING, 3),
                        new Move(Segment.GROWTH, Segment.MODEL, 2)));

        var panel = new MovementPanel(Optional.of(movement));

        assertThat(rows(panel))
                .containsExactly(
                        "5 moved At-risk → Unscored: ",
                        "4 moved At-risk → Model: better",
                        "3 moved Model → Dangling: worse",
                        "2 moved Growth → Model: ");
    }

    @Test
    void the_list_adds_up_to_the_count_it_claims_naming_the_moves_it_leaves_out() {
        var movement = new SegmentMovement(
                new SurveyWave(LocalDate.of(2026, 1, 1), "Q1 wave"),
                new SurveyWave(LocalDate.of(2026, 4, 1), "Q2 wave"),
                List.of(
                        new Move(Segment.MODEL, Segment.AT_RISK, 20),
                        new Move(Segment.AT_RISK, Segment.MODEL, 9),
                        new Move(Segment.GROWTH, Segment.MODEL, 4),
                        new Move(Segment.MODEL, Segment.GROWTH, 3),
                        new Move(Segment.GROWTH, Segment.AT_RISK, 2),
                        new Move(Segment.DANGLING, Segment.GROWTH, 1),
                        new Move(Segment.AT_RISK, Segment.DANGLING, 1),
                        new Move(Segment.UNSCORED, Segment.MODEL, 1),
                        new Move(Segment.MODEL, Segment.MODEL, 100)));

        var panel = new MovementPanel(Optional.of(movement));

        var page = Jsoup.parse(((Html) panel.getChildren().findFirst().orElseThrow()).getInnerHtml());
        assertThat(page.select(".review-movement-summary").text()).startsWith("41 of 141 accounts changed segment");
        assertThat(rows(panel)).hasSize(MovementPanel.MOVES_SHOWN);
        // 20 + 9 + 4 + 3 + 2 + 1 shown = 39; the other 2 are named, and the link says all 41 are behind it
        assertThat(page.select(".review-move-more").text()).isEqualTo("and 2 more accounts in other moves");
        assertThat(page.select("a[href=segments]").text()).startsWith("All 41 moves");
    }

    @Test
    void the_direction_rule_treats_only_scored_good_segments_as_a_way_out() {
        assertThat(SegmentMovement.direction(Segment.DANGLING, Segment.GROWTH))
                .isEqualTo(SegmentMovement.Direction.BETTER);
        assertThat(SegmentMovement.direction(Segment.DANGLING, Segment.UNSCORED))
                .isEqualTo(SegmentMovement.Direction.NEITHER);
        assertThat(SegmentMovement.direction(Segment.UNSCORED, Segment.AT_RISK))
                .isEqualTo(SegmentMovement.Direction.WORSE);
        assertThat(SegmentMovement.direction(Segment.AT_RISK, Segment.DANGLING))
                .isEqualTo(SegmentMovement.Direction.NEITHER);
    }

    static List<String> rows(MovementPanel panel) {
        Html moves = (Html) panel.getChildren().findFirst().orElseThrow();
        return Jsoup.parse(moves.getInnerHtml()).select(".review-move").stream()
                .map(row ->
                        row.text() + ": " + (row.hasClass("better") ? "better" : row.hasClass("worse") ? "worse" : ""))
                .toList();
    }
}
