package cx.touchpoint.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.Figures;
import cx.touchpoint.review.ReviewGap;
import org.junit.jupiter.api.Test;

/** Issue #23 §4: a gap reads with the same rounding on the review as on the gaps page. */
class SixGapsPanelTest {

    @Test
    void a_gap_in_hours_reads_with_one_decimal_as_on_the_gaps_page_and_a_scale_gap_with_two() {
        var hours =
                new ReviewGap(3, "Delivery", "First reply", -2.0349, "h", null, 12, "months", Figures.UNIT_DECIMALS);
        var scale = new ReviewGap(
                6, "Satisfaction", "Reliability", -1.2345, "points", null, 80, "answers", Figures.SCORE_DECIMALS);

        assertThat(SixGapsPanel.size(hours)).isEqualTo("-2.0 h");
        assertThat(SixGapsPanel.size(scale)).isEqualTo("-1.23 points");
    }
}
