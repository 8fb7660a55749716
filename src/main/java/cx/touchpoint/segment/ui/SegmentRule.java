package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.segment.EffectiveThresholds;
import java.math.BigDecimal;

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
        var rules = new UnorderedList(
                new ListItem("Growth: score ≥ " + score + " and potential revenue exceeds current revenue by at least "
                        + headroom + " of current revenue (checked first: a happy account with large untapped"
                        + " potential is Growth). Happy accounts below the revenue threshold are Growth too."),
                new ListItem("Model: score ≥ " + score + " and annual revenue ≥ " + revenue + "."),
                new ListItem("At-risk: score < " + score + " and annual revenue ≥ " + revenue + "."),
                new ListItem("Dangling: score < " + score + " and annual revenue below " + revenue + "."),
                new ListItem("Unscored: no relationship survey answered yet; shown separately, never dropped."));
        var text = new Div(
                new Paragraph("The summary experience score is the mean experienced score (1-7) over the items of the"
                        + " account's latest relationship survey response. Only active accounts are placed."),
                rules,
                new Paragraph("Movement compares two quarterly waves: a response belongs to its wave's quarter (or,"
                        + " without a wave, to the quarter it was answered in); an account keeps its latest score"
                        + " until it answers again. Past segments use today's revenue and thresholds."
                        + " Executives and admins change the thresholds with the Thresholds button."));
        text.addClassName("segment-rule-text");
        return text;
    }
}
