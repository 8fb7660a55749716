package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.segment.SegmentFigures;

/** One segment's card: accounts, revenue, share of revenue, detractor revenue and the recommended action. */
class SegmentCard extends Div {

    private final Span accounts = new Span();

    SegmentCard(SegmentFigures figures, String accountsLink) {
        var segment = figures.segment();
        addClassNames("card", "segment-card", "segment-" + segment.styleName());
        setId("segment-card-" + segment.styleName());
        var name = new Span(segment.label());
        name.addClassName("segment-name");
        var action = new Span(segment.action());
        action.addClassName("segment-action");
        var title = new Div(name, action);
        title.addClassName("segment-card-title");
        accounts.addClassName("segment-accounts");
        accounts.setText(Formats.count(figures.accounts()));
        var unit = new Span(figures.accounts() == 1 ? " account" : " accounts");
        unit.addClassName("segment-unit");
        var count = new Div(accounts, unit);
        add(title, count, line("Revenue", Formats.money(figures.revenue()) + share(figures.shareOfRevenue())));
        if (segment.isScored()) {
            add(line(
                    "Detractor revenue",
                    Formats.money(figures.detractorRevenue()) + " (" + Formats.count(figures.detractors()) + ")"));
        } else {
            add(line("Potential", Formats.money(figures.potentialRevenue())));
        }
        var meaning = new Span(segment.meaning());
        meaning.addClassName("segment-meaning");
        var list = new Anchor(accountsLink, "List these accounts");
        list.addClassName("segment-list-link");
        add(meaning, list);
    }

    String accountsText() {
        return accounts.getText();
    }

    private static Div line(String label, String value) {
        var labelSpan = new Span(label);
        labelSpan.addClassName("segment-line-label");
        var valueSpan = new Span(value);
        valueSpan.addClassName("segment-line-value");
        var line = new Div(labelSpan, valueSpan);
        line.addClassName("segment-line");
        return line;
    }

    private static String share(Double share) {
        return share == null ? "" : " · " + Formats.percent(share, Figures.PERCENT_DECIMALS);
    }
}
