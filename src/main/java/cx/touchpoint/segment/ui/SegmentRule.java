package cx.touchpoint.segment.ui;

import static cx.touchpoint.base.ui.StaticMarkup.text;

import com.vaadin.flow.component.Component;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.StaticMarkup;
import cx.touchpoint.segment.EffectiveThresholds;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The classification rule in words, with the thresholds in force: the segment view's help text. */
final class SegmentRule {

    private SegmentRule() {}

    static Component describe(EffectiveThresholds t) {
        String score = t.score().toPlainString();
        String revenue = Formats.money(t.revenue())
                + (t.revenueIsMedian() ? " (the median annual revenue of active accounts)" : "");
        String headroom = t.growthHeadroomRatio()
                        .multiply(BigDecimal.valueOf(100))
                        .stripTrailingZeros()
                        .toPlainString() + " %";
        String rules = Stream.of(
                        "Growth: score ≥ " + score + " and potential revenue exceeds current revenue by at least "
                                + headroom + " of current revenue (checked first: a happy account with large"
                                + " untapped potential is Growth). Happy accounts below the revenue threshold are"
                                + " Growth too.",
                        "Model: score ≥ " + score + " and annual revenue ≥ " + revenue + ".",
                        "At-risk: score < " + score + " and annual revenue ≥ " + revenue + ".",
                        "Dangling: score < " + score + " and annual revenue below " + revenue + ".",
                        "Unscored: no relationship survey answered yet; shown separately, never dropped.")
                .map(rule -> "<li>" + text(rule) + "</li>")
                .collect(Collectors.joining("", "<ul>", "</ul>"));
        // read-only help text: one node of the tab's state instead of one per paragraph, item and text
        return StaticMarkup.of(
                "segment-rule-text",
                "<p>"
                        + text("The summary experience score is the mean experienced score (1-7) over the items of"
                                + " the account's latest relationship survey response. Only active accounts are"
                                + " placed.")
                        + "</p>" + rules + "<p>"
                        + text("Movement compares two quarterly waves: a response belongs to its wave's quarter"
                                + " (or, without a wave, to the quarter it was answered in); an account keeps its"
                                + " latest score until it answers again. Past segments use today's revenue and"
                                + " thresholds. Executives and admins change the thresholds with the Thresholds"
                                + " button.")
                        + "</p>");
    }
}
