package cx.touchpoint.home.ui;

import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.insight.Comparison;
import cx.touchpoint.insight.Estimate;
import cx.touchpoint.insight.ui.Uncertainty;
import org.springframework.modulith.NamedInterface;

/**
 * The headline figures Home and the experience review share, worded and formatted once: NPS this
 * quarter, the summary experience score and open issues. Each view gives its own element ids and the
 * view each card links to (null: a plain figure, for a reader who may not open it).
 */
@NamedInterface("ui")
public final class ExperienceHeadlines {

    private ExperienceHeadlines() {}

    /**
     * NPS of this quarter's responses with its interval and n, and last quarter's beside it with the
     * verdict on the change: "-19 to +11, n = 104 · last quarter +20: within noise".
     */
    public static Headline nps(String id, HomeHeadlines h, String href) {
        Comparison change = h.nps();
        var headline = Headline.linked(
                id,
                "NPS this quarter",
                Formats.nps(h.npsThisQuarter()),
                Uncertainty.npsInterval(change.current()) + " · last quarter " + Formats.nps(h.npsLastQuarter()) + ": "
                        + Uncertainty.verdict(change),
                href);
        headline.addClassName(Uncertainty.verdictClass(change.significance()));
        return headline;
    }

    /** The mean of the accounts' latest relationship scores, and how many active accounts it covers. */
    public static Headline summaryScore(String id, HomeHeadlines h, String href) {
        return Headline.linked(
                id,
                "Summary experience score",
                Formats.score(h.summaryScore()),
                "1-7 scale, " + intervalOf(h.score()) + Formats.count(h.scoredAccounts()) + " of "
                        + Formats.count(h.activeAccounts()) + " active accounts surveyed",
                href);
    }

    private static String intervalOf(Estimate score) {
        return score.interval() == null
                ? ""
                : Formats.score(score.interval().low()) + " to "
                        + Formats.score(score.interval().high()) + ", ";
    }

    /** Open issues, and how many of them are past their SLA. */
    public static Headline openIssues(String id, HomeHeadlines h, String href) {
        return Headline.linked(
                id,
                "Open issues",
                Formats.count(h.openIssues()),
                Formats.count(h.overdueIssues()) + " past their SLA",
                href);
    }
}
