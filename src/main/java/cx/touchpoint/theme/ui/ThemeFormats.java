package cx.touchpoint.theme.ui;

import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.theme.Sentiment;
import cx.touchpoint.theme.ThemeComment;
import cx.touchpoint.theme.ThemeImpact;
import cx.touchpoint.theme.ThemeSummary;

/** How themes' figures read, the same on every screen. */
public final class ThemeFormats {

    private ThemeFormats() {}

    /** The impact on the likelihood to recommend, e.g. "−2.1 points (−2.6 to −1.6)", or "too few to tell". */
    public static String impact(ThemeImpact impact) {
        if (impact.difference() == null) {
            return "too few to tell";
        }
        return Figures.signed(impact.difference(), 1) + " points (" + Figures.signed(impact.low(), 1) + " to "
                + Figures.signed(impact.high(), 1) + ")" + (impact.significant() ? "" : ", not significant");
    }

    /** The last 90 days against the 90 before, e.g. "38 (was 21)". */
    public static String trend(ThemeSummary theme) {
        return Formats.count(theme.recent()) + " (was " + Formats.count(theme.previous()) + ")";
    }

    public static String negativeShare(ThemeSummary theme) {
        return Formats.percent(theme.negativeShare() * 100, Figures.PERCENT_DECIMALS) + " negative";
    }

    public static String words(ThemeSummary theme) {
        return String.join(", ", theme.words());
    }

    /** A badge with the comment's theme and sentiment, "being analysed", or why it is not analysed. */
    public static Span analysis(ThemeComment comment) {
        var badge = new Span(comment.analysisLabel());
        badge.getElement().getThemeList().add("badge");
        if (comment.sentiment() == Sentiment.NEGATIVE) {
            badge.getElement().getThemeList().add("error");
        } else if (comment.sentiment() == Sentiment.POSITIVE) {
            badge.getElement().getThemeList().add("success");
        } else if (comment.sentiment() == null) {
            badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("comment-analysis");
        return badge;
    }
}
