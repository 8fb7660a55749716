package cx.touchpoint.review;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.replica.ReadsFromReplica;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.home.NpsPoint;
import cx.touchpoint.insight.DriverAnalysis;
import cx.touchpoint.insight.DriverService;
import cx.touchpoint.insight.NpsService;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.insight.VerticalNps;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.segment.SegmentMovement;
import cx.touchpoint.segment.SegmentOverview;
import cx.touchpoint.segment.SegmentService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executives' quarterly experience review, read before any financial figure: scores and NPS,
 * goals per team, defections, the issues that matter and the customers' own words.
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
@Requires(Permission.READ_REVIEW)
public class ReviewService {

    static final int VERBATIMS = 8;
    static final int TOP_ISSUES = 8;
    /** Responses below this mean experienced score (1-7) are "low" for the verbatims. */
    static final double LOW_SCORE = 4.0;

    private final ReviewQueries queries;
    private final HomeService home;
    private final ReviewGaps gaps;
    private final SegmentService segments;
    private final DriverService drivers;
    private final NpsService nps;
    private final Clock clock;

    ReviewService(
            ReviewQueries queries,
            HomeService home,
            ReviewGaps gaps,
            SegmentService segments,
            DriverService drivers,
            NpsService nps,
            Clock clock) {
        this.queries = queries;
        this.home = home;
        this.gaps = gaps;
        this.segments = segments;
        this.drivers = drivers;
        this.nps = nps;
        this.clock = clock;
    }

    /** Each vertical market's NPS this quarter against last, with the verdict on the change. */
    public List<VerticalNps> verticalNps() {
        return nps.byVertical(AccountFilter.ALL);
    }

    /**
     * What drives NPS across the company: key drivers of likelihood to recommend over the relationship
     * responses of the last {@value DriverService#DEFAULT_MONTHS} months (Shapley shares of R²), or why they
     * cannot be estimated.
     */
    public DriverAnalysis drivers() {
        return drivers.recentDrivers(AccountFilter.ALL);
    }

    /** The quarter under review: the current one, to date. */
    public String quarterLabel() {
        return Quarter.current(clock).label();
    }

    /** Score, NPS and issue headlines of the whole company. */
    public HomeHeadlines headlines() {
        return home.headlines();
    }

    /** NPS per quarter over the last two years: the quarters with NPS answers, oldest first. */
    public List<NpsPoint> npsTrend() {
        return home.npsTrend();
    }

    /**
     * Every quarter of the NPS trend, oldest first, with n, interval and whether it moved significantly
     * from the quarter before; a quarter without answers is a gap.
     */
    public List<TrendPoint> npsTrendByQuarter() {
        return home.npsTrendByQuarter();
    }

    /** The eight quarters the NPS trend covers, oldest first, this quarter (company time zone) last. */
    public List<Quarter> trendQuarters() {
        return home.trendQuarters();
    }

    /** Accounts and revenue per segment, and the revenue at risk, over all accounts. */
    public SegmentOverview segments() {
        return segments.overview(AccountFilter.ALL);
    }

    /** How accounts moved between the last two relationship waves; empty before the second wave. */
    public Optional<SegmentMovement> movement() {
        return segments.movement(null, null, AccountFilter.ALL);
    }

    /** Each of the six value gaps where it is widest, over the last three full months. */
    public List<ReviewGap> sixGaps() {
        return gaps.widest();
    }

    /** The goals the executives set per team for this quarter, against the actuals so far. */
    public List<TeamGoal> goals() {
        Quarter quarter = Quarter.current(clock);
        return queries.goals(
                quarter.start(), LocalDate.now(clock).withDayOfMonth(1).plusMonths(1), clock.instant());
    }

    /** Defections per vertical-market group over the last twelve months, the most first. */
    public List<Defections> defections() {
        return queries.defections(LocalDate.now(clock));
    }

    /** The latest comments from low-scoring responses and detractors. */
    public List<Verbatim> verbatims() {
        return queries.verbatims(LOW_SCORE, VERBATIMS);
    }

    /** Open issues that need the executives: overdue first, then the most severe. */
    public List<ReviewIssue> topIssues() {
        return queries.topOpenIssues(clock.instant(), TOP_ISSUES);
    }
}
