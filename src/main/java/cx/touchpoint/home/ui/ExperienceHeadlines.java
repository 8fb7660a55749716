package cx.touchpoint.home.ui;

import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.home.HomeHeadlines;

/**
 * The headline figures Home and the experience review share, worded and formatted once: NPS this
 * quarter, the summary experience score and open issues. Each view gives its own element ids.
 */
public final class ExperienceHeadlines {

    private ExperienceHeadlines() {}

    /** NPS of this quarter's responses, with last quarter's beside it. */
    public static Headline nps(String id, HomeHeadlines h) {
        return Headline.withId(
                id,
                "NPS this quarter",
                Formats.nps(h.npsThisQuarter()),
                "last quarter " + Formats.nps(h.npsLastQuarter()));
    }

    /** The mean of the accounts' latest relationship scores, and how many active accounts it covers. */
    public static Headline summaryScore(String id, HomeHeadlines h) {
        return Headline.withId(
                id,
                "Summary experience score",
                Formats.score(h.summaryScore()),
                "1-7 scale, " + Formats.count(h.scoredAccounts()) + " of " + Formats.count(h.activeAccounts())
                        + " active accounts surveyed");
    }

    /** Open issues, and how many of them are past their SLA. */
    public static Headline openIssues(String id, HomeHeadlines h) {
        return Headline.withId(
                id, "Open issues", Formats.count(h.openIssues()), Formats.count(h.overdueIssues()) + " past their SLA");
    }
}
