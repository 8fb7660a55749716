package cx.touchpoint.segment.ui;

import static cx.touchpoint.base.ui.StaticMarkup.element;
import static cx.touchpoint.base.ui.StaticMarkup.link;
import static cx.touchpoint.base.ui.StaticMarkup.text;

import com.vaadin.flow.component.Html;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.segment.SegmentFigures;
import java.math.BigDecimal;
import org.jsoup.Jsoup;

/**
 * One segment's card: accounts, revenue, share of revenue, detractor revenue and the recommended action.
 * Read-only, so one HTML fragment ({@link cx.touchpoint.base.ui.StaticMarkup}): one node of the tab's
 * server-side state instead of about twenty-five.
 */
class SegmentCard extends Html {

    /** {@code share}: the segment's share of revenue, rounded together with the other cards' ({@link cx.touchpoint.base.Shares}). */
    SegmentCard(SegmentFigures figures, BigDecimal share, String accountsLink) {
        super(markup(figures, share, accountsLink));
    }

    /** The number of accounts as drawn. */
    String accountsText() {
        return Jsoup.parseBodyFragment(getInnerHtml())
                .selectFirst(".segment-accounts")
                .wholeText();
    }

    private static String markup(SegmentFigures figures, BigDecimal share, String accountsLink) {
        var segment = figures.segment();
        String title = element("span", "segment-name", text(segment.label()))
                + element("span", "segment-action", text(segment.action()));
        String count = element("span", "segment-accounts", text(Formats.count(figures.accounts())))
                + element("span", "segment-unit", text(figures.accounts() == 1 ? " account" : " accounts"));
        String lines = line("Revenue", Formats.money(figures.revenue()) + share(share))
                + (segment.isScored()
                        ? line(
                                "Detractor revenue",
                                Formats.money(figures.detractorRevenue()) + " (" + Formats.count(figures.detractors())
                                        + ")")
                        : line("Potential", Formats.money(figures.potentialRevenue())));
        String content = element("div", "segment-card-title", title)
                + "<div>" + count + "</div>"
                + lines
                + element("span", "segment-meaning", text(segment.meaning()))
                + link(accountsLink, "segment-list-link", "List these accounts");
        return "<div id=\"segment-card-" + text(segment.styleName()) + "\" class=\"card segment-card segment-"
                + text(segment.styleName()) + "\">" + content + "</div>";
    }

    private static String line(String label, String value) {
        return element(
                "div",
                "segment-line",
                element("span", "segment-line-label", text(label))
                        + element("span", "segment-line-value", text(value)));
    }

    private static String share(BigDecimal share) {
        return share == null ? "" : " · " + share.toPlainString() + " %";
    }
}
