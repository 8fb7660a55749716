package cx.touchpoint.gap;

import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.base.ScopeSentence;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final Clock clock;

    GapService(
            CueGapQueries cueGaps,
            ChainQueries chains,
            AnswerQueries answers,
            FilterOptionsQueries filterOptions,
            ReferenceData referenceData,
            ManagerEstimates estimates,
            CurrentUser currentUser,
            Clock clock) {
        this.cueGaps = cueGaps;
        this.chains = chains;
        this.answers = answers;
        this.filterOptions = filterOptions;
        this.referenceData = referenceData;
        this.estimates = estimates;
        this.currentUser = currentUser;
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
