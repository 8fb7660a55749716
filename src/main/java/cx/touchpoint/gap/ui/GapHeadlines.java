package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapChain;
import cx.touchpoint.gap.GapKind;
import cx.touchpoint.gap.StandardGap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * All six gaps at a glance: gaps 6 and 1 over all cues, and for gaps 2-5 the standard with the
 * largest shortfall, compared across units by % of the reference.
 */
final class GapHeadlines {

    private GapHeadlines() {}

    static Div of(CueGaps all, List<GapChain> chains) {
        var row = new Div();
        row.addClassNames("headline-row", "gap-headlines");
        var satisfaction = all.satisfaction();
        row.add(headline(
                GapKind.SATISFACTION,
                "Satisfaction gap (6)",
                GapFormats.scale(satisfaction.gap()),
                "experienced " + GapFormats.score(satisfaction.experienced()) + " vs expected "
                        + GapFormats.score(satisfaction.expected()) + " · "
                        + GapFormats.count(satisfaction.answers(), "answers")));
        var knowledge = all.knowledge();
        row.add(headline(
                GapKind.KNOWLEDGE,
                "Knowledge gap (1)",
                GapFormats.scale(knowledge.gap()),
                "managers believe " + GapFormats.score(knowledge.managerEstimate()) + " vs customers expect "
                        + GapFormats.score(knowledge.customerExpectation()) + " · "
                        + GapFormats.count(knowledge.estimates(), "manager estimates")));
        for (GapKind kind :
                List.of(GapKind.SPECIFICATION, GapKind.DELIVERY, GapKind.COMMUNICATION, GapKind.PERCEPTION)) {
            row.add(largest(kind, chains));
        }
        return row;
    }

    private static Headline largest(GapKind kind, List<GapChain> chains) {
        String label = "Largest " + kind.title().toLowerCase(Locale.ENGLISH) + " gap (" + kind.number() + ")";
        Optional<GapChain> worst = chains.stream()
                .filter(c -> c.gap(kind).percentOfReference() != null)
                .min(Comparator.comparingDouble(c -> c.gap(kind).percentOfReference()));
        if (worst.isEmpty()) {
            return headline(kind, label, cx.touchpoint.base.ui.Formats.NO_DATA, "no standard has data for it");
        }
        GapChain chain = worst.get();
        StandardGap gap = chain.gap(kind);
        String value = String.format(Locale.ENGLISH, "%+.1f %s", gap.value(), GapFormats.gapUnit(chain.unit()));
        String detail = chain.name()
                + String.format(Locale.ENGLISH, " · %+.1f %% of the ", gap.percentOfReference())
                + GapChainCard.reference(kind) + " · " + GapFormats.count(gap.count(), kind.countNoun());
        return headline(kind, label, value, detail);
    }

    private static Headline headline(GapKind kind, String label, String value, String detail) {
        var headline = new Headline(label, value, detail);
        headline.setId("gap-headline-" + kind.number());
        return headline;
    }
}
