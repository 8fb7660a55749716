package cx.touchpoint.gap.ui;

import static cx.touchpoint.base.ui.StaticMarkup.text;

import com.vaadin.flow.component.Html;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.Shares;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.gap.CuePriorities;
import cx.touchpoint.gap.CuePriority;
import java.math.BigDecimal;
import java.util.List;

/**
 * The cues in the order to fix them: gap 6 next to key-driver importance, sorted by importance ×
 * shortfall. One HTML table (read-only), whose rows a screen reader reads with their headers.
 */
class PriorityTable extends Html {

    PriorityTable(CuePriorities priorities) {
        super(markup(priorities));
    }

    private static String markup(CuePriorities priorities) {
        List<CuePriority> cues = priorities.cues();
        List<BigDecimal> shares = Shares.rounded(
                cues.stream()
                        .map(c -> c.importance() == null ? null : 100 * c.importance())
                        .toList(),
                Figures.PERCENT_DECIMALS);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            CuePriority cue = cues.get(i);
            rows.append("<tr><td>")
                    .append(i + 1)
                    .append("</td><th scope=\"row\">")
                    .append(text(cue.cue()))
                    .append("</th><td>")
                    .append(text(Formats.signed(cue.gap(), Figures.SCORE_DECIMALS)))
                    .append(" <span class=\"priority-n\">(n = ")
                    .append(text(Formats.count(cue.answers())))
                    .append(")</span></td><td>")
                    .append(
                            shares.get(i) == null
                                    ? "not estimated"
                                    : shares.get(i).toPlainString() + " %")
                    .append("</td><td>")
                    .append(text(Formats.decimal(cue.priority(), Figures.SCORE_DECIMALS)))
                    .append("</td></tr>");
        }
        String note = priorities.drivers().estimated()
                ? ""
                : "<p class=\"priority-note\">"
                        + text("Importance: " + priorities.drivers().message()) + "</p>";
        return "<div id=\"gap-priority\" class=\"priority-table-wrap\"><table class=\"priority-table\">"
                + "<caption>What to fix first</caption><thead><tr><th scope=\"col\">#</th>"
                + "<th scope=\"col\">Cue</th><th scope=\"col\">Gap 6</th><th scope=\"col\">Importance</th>"
                + "<th scope=\"col\">Priority (importance × shortfall)</th></tr></thead><tbody>" + rows
                + "</tbody></table>" + note + "</div>";
    }
}
