package cx.touchpoint.segment.ui;

import static cx.touchpoint.base.ui.StaticMarkup.text;

import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.insight.ui.Uncertainty;
import cx.touchpoint.segment.CueChange;
import java.util.List;

/**
 * "Why they moved": for the accounts that moved into At-risk or Dangling, each cue's change of the mean
 * experienced score between the two waves, with its interval, n and verdict; the largest drop first. One
 * read-only HTML table.
 */
final class WhyTheyMoved {

    private WhyTheyMoved() {}

    static String markup(List<CueChange> changes) {
        if (changes.isEmpty()) {
            return "<div class=\"why-they-moved\"></div>";
        }
        StringBuilder rows = new StringBuilder();
        for (CueChange change : changes) {
            var comparison = change.change();
            rows.append("<tr><th scope=\"row\">")
                    .append(text(change.cue()))
                    .append("</th><td>")
                    .append(text(Formats.score(comparison.previous().value())))
                    .append(" → ")
                    .append(text(Formats.score(comparison.current().value())))
                    .append("</td><td>")
                    .append(text(Formats.signed(comparison.change(), Figures.SCORE_DECIMALS)))
                    .append(
                            change.difference() == null
                                    ? ""
                                    : text(" ("
                                            + Formats.signed(change.difference().low(), Figures.SCORE_DECIMALS) + " to "
                                            + Formats.signed(change.difference().high(), Figures.SCORE_DECIMALS) + ")"))
                    .append("</td><td>")
                    .append(text("n = " + Formats.count(comparison.previous().n()) + " / "
                            + Formats.count(comparison.current().n())))
                    .append("</td><td class=\"")
                    .append(Uncertainty.verdictClass(comparison.significance()))
                    .append("\">")
                    .append(text(comparison.significance().words()))
                    .append("</td></tr>");
        }
        return "<div class=\"why-they-moved priority-table-wrap\"><table class=\"drivers-table\"><caption>Why they"
                + " moved: the accounts that moved into At-risk or Dangling, experienced score per cue (1-7)"
                + "</caption><thead><tr><th scope=\"col\">Cue</th><th scope=\"col\">Before → after</th>"
                + "<th scope=\"col\">Change (interval)</th><th scope=\"col\">Answers</th>"
                + "<th scope=\"col\">Verdict</th></tr></thead><tbody>" + rows + "</tbody></table></div>";
    }
}
