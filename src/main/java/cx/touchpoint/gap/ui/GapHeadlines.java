package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapChain;
import cx.touchpoint.gap.GapKind;
import java.util.List;

/** All six gaps at a glance: gaps 6 and 1 over all cues beside gaps 1-5 of every service standard. */
final class GapHeadlines {

    private GapHeadlines() {}

    static Div of(CueGaps all, List<GapChain> chains) {
        var satisfaction = all.satisfaction();
        var knowledge = all.knowledge();
        var cueHeadlines = new Div(
                headline(
                        GapKind.SATISFACTION,
                        "Satisfaction gap (6)",
                        GapFormats.scale(satisfaction.gap()),
                        "experienced " + GapFormats.score(satisfaction.experienced()) + " vs expected "
                                + GapFormats.score(satisfaction.expected()) + " · "
                                + GapFormats.count(satisfaction.answers(), "answers")),
                headline(
                        GapKind.KNOWLEDGE,
                        "Knowledge gap (1)",
                        GapFormats.scale(knowledge.gap()),
                        "managers believe customers expect " + GapFormats.score(knowledge.managerEstimate())
                                + ", customers expect " + GapFormats.score(knowledge.customerExpectation()) + " · "
                                + GapFormats.count(knowledge.estimates(), "manager estimates")));
        cueHeadlines.addClassName("gap-cue-headlines");
        var overview = new Div(cueHeadlines, new StandardGapTable(chains));
        overview.addClassName("gap-overview");
        return overview;
    }

    private static Headline headline(GapKind kind, String label, String value, String detail) {
        var headline = new Headline(label, value, detail);
        headline.setId("gap-headline-" + kind.number());
        return headline;
    }
}
