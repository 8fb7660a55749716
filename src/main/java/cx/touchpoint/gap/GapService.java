package cx.touchpoint.gap;

import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.base.ScopeSentence;
import cx.touchpoint.base.replica.ReadsFromReplica;
import cx.touchpoint.insight.DriverAnalysis;
import cx.touchpoint.insight.DriverOutcome;
import cx.touchpoint.insight.DriverQuery;
import cx.touchpoint.insight.DriverService;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six value gaps and the manager estimates behind gap 1 (service standards, actuals and promises
 * are {@link cx.touchpoint.gap.standard.StandardService}). Every figure is computed in PostgreSQL and carries the number of answers (or months, or
 * estimates) behind it; a figure without data is {@code null} ("no data"), never 0. Account
 * executives see their own book.
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
@Requires(Permission.READ_GAPS)
public class GapService {

    static final int TREND_QUARTERS = 8;

    private final CueGapQueries cueGaps;
    private final ChainQueries chains;
    private final AnswerQueries answers;
    private final FilterOptionsQueries filterOptions;
    private final ReferenceData referenceData;
    private final ManagerEstimates estimates;
    private final CurrentUser currentUser;
    private final DriverService drivers;
    private final Clock clock;

    GapService(
            CueGapQueries cueGaps,
            ChainQueries chains,
            AnswerQueries answers,
            FilterOptionsQueries filterOptions,
            ReferenceData referenceData,
            ManagerEstimates estimates,
            CurrentUser currentUser,
            DriverService drivers,
            Clock clock) {
        this.cueGaps = cueGaps;
        this.chains = chains;
        this.answers = answers;
        this.filterOptions = filterOptions;
        this.referenceData = referenceData;
        this.estimates = estimates;
        this.currentUser = currentUser;
        this.drivers = drivers;
        this.clock = clock;
    }

    /** The months {@code filter} covers, relative to today. */
    public GapPeriod period(GapFilter filter) {
        return GapPeriod.lastFullMonths(filter.months(), LocalDate.now(clock));
    }

    /** Gaps 6 and 1 per perception cue, in cue order, followed by the all-cues figures. */
    public List<CueGaps> cueGaps(GapFilter filter) {
        return cueGaps.perCue(scope(filter)).stream()
                .map(CueGapQueries.CueGapRow::toCueGaps)
                .toList();
    }

    /**
     * Each cue's gap 6 next to its key-driver importance (relationship responses of the filter's accounts and
     * months), sorted by importance × shortfall, the largest first: the widest gap on a cue that does not
     * move loyalty no longer reads as the top problem. Cues without a priority (no answers, drivers not
     * estimable) come last, widest shortfall first.
     */
    public CuePriorities priorities(GapFilter filter) {
        DriverAnalysis analysis = drivers(filter);
        Map<String, Double> importance = analysis.drivers().stream()
                .collect(Collectors.toMap(DriverAnalysis.Driver::cue, DriverAnalysis.Driver::importance));
        List<CueGaps> gaps = cueGaps(filter);
        var cues = gaps.subList(0, gaps.size() - 1).stream()
                .map(g -> {
                    Double gap = g.satisfaction().gap();
                    Double weight = importance.get(g.cueName());
                    Double priority = gap == null || weight == null ? null : weight * Math.max(0, -gap);
                    return new CuePriority(g.cueName(), gap, g.satisfaction().answers(), weight, priority);
                })
                .sorted(Comparator.comparing(
                                CuePriority::priority, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                        .thenComparing(CuePriority::gap, Comparator.nullsLast(Comparator.<Double>naturalOrder())))
                .toList();
        return new CuePriorities(analysis, cues);
    }

    private DriverAnalysis drivers(GapFilter filter) {
        GapPeriod period = period(filter);
        return drivers.drivers(new DriverQuery(filter.accounts(), period.from(), period.to(), true, DriverOutcome.NPS));
    }

    /** Gap 6 per cue and touch point, the largest shortfall first, a page at a time. */
    public List<RankedGap> largestGaps(GapFilter filter, int offset, int limit) {
        return cueGaps.ranked(scope(filter), offset, limit);
    }

    /** The gap chain (gaps 1-5) of every service standard, at the filter's touch point if one is chosen. */
    public List<GapChain> gapChains(GapFilter filter) {
        return chains.chains(scope(filter)).stream()
                .map(ChainQueries.ChainRow::toChain)
                .toList();
    }

    /** Gap 6 per quarter over the last {@value #TREND_QUARTERS} quarters (the current one included). */
    /** The quarters the trend covers, oldest first, this one last: a quarter without answers stays a gap. */
    public List<Quarter> trendQuarters() {
        Quarter current = Quarter.current(clock);
        return java.util.stream.IntStream.range(0, TREND_QUARTERS)
                .mapToObj(n -> current.minus(TREND_QUARTERS - 1 - n))
                .toList();
    }

    public List<GapTrendPoint> satisfactionTrend(GapFilter filter) {
        LocalDate today = LocalDate.now(clock);
        LocalDate thisQuarter = Quarter.of(today).start();
        var trend = new GapPeriod(thisQuarter.minusMonths(3L * (TREND_QUARTERS - 1)), thisQuarter.plusMonths(3));
        return cueGaps.perQuarter(
                new GapScope(scoped(filter).accounts(), filter.touchPointId(), trend, clock.getZone()));
    }

    /**
     * The customer answers behind a gap with their comments, the largest shortfall first, a page at
     * a time. For a standard's gaps the filter's touch point does not narrow the answers.
     */
    public List<AnswerBehindGap> answersBehind(
            GapFilter filter, GapSelection selection, boolean onlyWithComment, int offset, int limit) {
        GapScope scope =
                selection.standardId() == null ? scope(filter) : scope(filter).withoutTouchPoint();
        return answers.page(scope, selection, onlyWithComment, offset, limit);
    }

    /** The choices of the gap filters; an account executive chooses only among their own book. */
    public GapChoices choices() {
        return new GapChoices(filterOptions.options(currentUser.ownBook()), referenceData.touchPointsWithRetired());
    }

    /** Whether the signed-in user answers the manager-estimate survey (account executives and team leads). */
    @Requires(Permission.SIGNED_IN)
    public boolean mayEstimate() {
        return currentUser.may(Permission.ESTIMATE_EXPECTATIONS);
    }

    /** Whose accounts the figures cover, naming every filter in force, e.g. "Accounts in vertical market Retail". */
    @Requires(Permission.SIGNED_IN)
    public String scopeLabel(GapFilter filter) {
        GapChoices choices = choices();
        return ScopeSentence.of(
                currentUser.ownBook() != null,
                choices.accounts(),
                scoped(filter).accounts(),
                ScopeSentence.named("touch point", choices.touchPoints(), filter.touchPointId()));
    }

    // ------------------------------------------------------------ manager estimates

    /** The relationship-survey items with the signed-in manager's latest estimate of each. */
    @Requires(Permission.ESTIMATE_EXPECTATIONS)
    @ReadsFromReplica(false)
    public List<EstimateItem> estimateItems() {
        return estimates.items(currentUser.require().id());
    }

    /** Stores the signed-in manager's estimate for today, replacing one given earlier today; returns the day. */
    @Transactional
    @Requires(Permission.ESTIMATE_EXPECTATIONS)
    public LocalDate saveEstimate(List<EstimateAnswer> answers) {
        return estimates.save(currentUser.require().id(), answers);
    }

    /** Today, by the application's clock (for form defaults). */
    @Requires(Permission.SIGNED_IN)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private GapScope scope(GapFilter filter) {
        GapFilter scoped = scoped(filter);
        return new GapScope(scoped.accounts(), scoped.touchPointId(), period(scoped), clock.getZone());
    }

    private GapFilter scoped(GapFilter filter) {
        return filter.withAccounts(currentUser.scope(filter.accounts()));
    }
}
