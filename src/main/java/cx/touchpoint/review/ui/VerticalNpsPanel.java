package cx.touchpoint.review.ui;

import static cx.touchpoint.base.ui.StaticMarkup.text;

import com.vaadin.flow.component.Html;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.insight.Comparison;
import cx.touchpoint.insight.VerticalNps;
import cx.touchpoint.insight.ui.Uncertainty;
import java.util.List;

/**
 * NPS per vertical market this quarter against last, each with its n and interval and the verdict on the
 * change: which drop is real and which is noise. One read-only HTML table.
 */
class VerticalNpsPanel extends Html {

    VerticalNpsPanel(List<VerticalNps> verticals) {
        super(markup(verticals));
    }

    private static String markup(List<VerticalNps> verticals) {
        if (verticals.isEmpty()) {
            return "<p class=\"empty-state\">No NPS answers this quarter or last.</p>";
        }
        StringBuilder rows = new StringBuilder();
        for (VerticalNps vertical : verticals) {
            Comparison change = vertical.change();
            rows.append("<tr><th scope=\"row\">")
                    .append(text(vertical.verticalMarket()))
                    .append("</th><td>")
                    .append(text(Uncertainty.nps(change.current())))
                    .append("</td><td>")
                    .append(text(Formats.nps(change.previous().value())))
                    .append("</td><td class=\"")
                    .append(Uncertainty.verdictClass(change.significance()))
                    .append("\">")
                    .append(text(
                            change.change() == null
                                    ? change.significance().words()
                                    : Formats.nps(change.change()) + ": "
                                            + change.significance().words()))
                    .append("</td></tr>");
        }
        return "<div id=\"review-verticals-table\" class=\"priority-table-wrap\"><table class=\"drivers-table\">"
                + "<caption>NPS this quarter (interval, n) against last quarter</caption><thead><tr>"
                + "<th scope=\"col\">Vertical market</th><th scope=\"col\">This quarter</th>"
                + "<th scope=\"col\">Last quarter</th><th scope=\"col\">Change</th></tr></thead><tbody>" + rows
                + "</tbody></table></div>";
    }
}
