package cx.touchpoint.home;

import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.ScopeSentence;
import cx.touchpoint.base.replica.FiguresAsOf;
import cx.touchpoint.base.replica.ReadsFromReplica;
import cx.touchpoint.insight.ChangeTests;
import cx.touchpoint.insight.Comparison;
import cx.touchpoint.insight.ConfidenceIntervals;
import cx.touchpoint.insight.Estimate;
import cx.touchpoint.insight.InsightPolicy;
import cx.touchpoint.insight.InsightSettings;
import cx.touchpoint.insight.NpsCounts;
import cx.touchpoint.insight.NpsTrends;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The numbers every signed-in user sees first. Account executives see their own book. */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
@Requires(Permission.SIGNED_IN)
public class HomeService {

    static final int TREND_QUARTERS = 8;

    /**
     * The recent-responses headline counts whole months of the company time zone, this one so far and
     * the two before, so it reads the monthly summary instead of raw responses (a rolling 90 days would
     * count 138,000 rows at 1 M responses).
     */
    static final int RECENT_MONTHS = 3;

    private final HomeQueries queries;
    private final CurrentUser currentUser;
    private final InsightPolicy insight;
    private final FiguresAsOf figuresAsOf;
    private final Clock clock;

    HomeService(
            HomeQueries queries, CurrentUser currentUser, InsightPolicy insight, FiguresAsOf figuresAsOf, Clock clock) {
        this.queries = queries;
        this.figuresAsOf = figuresAsOf;
        this.currentUser = currentUser;
        this.insight = insight;
        this.clock = clock;
    }

    /** Headline numbers for the signed-in user's scope, computed in the database. */
    public HomeHeadlines headlines() {
        Long owner = currentUser.ownBook();
        Instant now = clock.instant();
        LocalDate thisQuarter = Quarter.current(clock).start();
        InsightSettings settings = insight.current();
        NpsCounts countsThis = queries.npsCounts(thisQuarter, nextMonth(), owner);
        NpsCounts countsLast = queries.npsCounts(thisQuarter.minusMonths(3), thisQuarter, owner);
        Comparison nps = ChangeTests.nps(countsThis, countsLast, settings.level(), settings.minN());
        var scores = queries.accountScores(owner);
        Estimate score = ConfidenceIntervals.mean(
                scores.scoredAccounts(),
                scores.summaryScore() == null ? 0 : scores.summaryScore() * scores.scoredAccounts(),
                scores.scoreSquares(),
                settings.level(),
                settings.minN());
        var issues = queries.issueCounts(now, owner);
        LocalDate recentFrom = nextMonth().minusMonths(RECENT_MONTHS);
        return new HomeHeadlines(
                countsThis.nps(),
                countsLast.nps(),
                queries.responses(recentFrom, nextMonth(), owner),
                recentFrom,
                scores.summaryScore(),
                scores.scoredAccounts(),
                scores.activeAccounts(),
                issues.openIssues(),
                issues.overdueIssues(),
                nps,
                score,
                figuresAsOf.current().orElse(null));
    }

    /**
     * NPS per quarter over the last {@value #TREND_QUARTERS} quarters, the current one included: only
     * the quarters with NPS answers, oldest first (see {@link #trendQuarters()} for all of them).
     */
    public List<NpsPoint> npsTrend() {
        return npsTrendByQuarter().stream()
                .filter(TrendPoint::hasAnswers)
                .map(p -> new NpsPoint(
                        p.periodStart(),
                        p.estimate().value(),
                        p.estimate().n(),
                        p.estimate().interval().low(),
                        p.estimate().interval().high()))
                .toList();
    }

    /**
     * Every one of the {@value #TREND_QUARTERS} quarters of the trend, oldest first, a quarter without
     * answers included as a gap: NPS, n, adjusted-Wald interval, and the change from the quarter before
     * (significant or not, at the company's confidence level and minimum n).
     */
    public List<TrendPoint> npsTrendByQuarter() {
        List<Quarter> quarters = trendQuarters();
        return NpsTrends.quarterly(
                quarters,
                queries.npsByQuarter(quarters.get(0).start(), nextMonth(), currentUser.ownBook()),
                insight.current());
    }

    /**
     * The {@value #TREND_QUARTERS} quarters a trend covers, oldest first, the current one (in the
     * company's time zone, from the clock) last.
     */
    public List<Quarter> trendQuarters() {
        Quarter current = Quarter.current(clock);
        return IntStream.rangeClosed(1, TREND_QUARTERS)
                .mapToObj(n -> current.minus(TREND_QUARTERS - n))
                .toList();
    }

    /** Whose accounts the numbers cover, in words for the view. */
    public String scopeLabel() {
        return ScopeSentence.unfiltered(currentUser.ownBook() != null);
    }

    /** The first day of next month: the summaries count whole months, this one included. */
    private LocalDate nextMonth() {
        return LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
    }
}
