package cx.touchpoint.gap;

import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six value gaps, and the service standards, actuals, promises and manager estimates behind
 * them. Every figure is computed in PostgreSQL and carries the number of answers (or months, or
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
    private final ServiceStandardRepository standards;
    private final ActualRepository actuals;
    private final PromiseRepository promises;
    private final StandardAdministration administration;
    private final ManagerEstimates estimates;
    private final CurrentUser currentUser;
    private final Clock clock;

    GapService(
            CueGapQueries cueGaps,
            ChainQueries chains,
            AnswerQueries answers,
            FilterOptionsQueries filterOptions,
            ServiceStandardRepository standards,
            ActualRepository actuals,
            PromiseRepository promises,
            StandardAdministration administration,
            ManagerEstimates estimates,
            CurrentUser currentUser,
            Clock clock) {
        this.cueGaps = cueGaps;
        this.chains = chains;
        this.answers = answers;
        this.filterOptions = filterOptions;
        this.standards = standards;
        this.actuals = actuals;
        this.promises = promises;
        this.administration = administration;
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
        return new GapChoices(filterOptions.options(currentUser.ownBook()), standards.options("touch_point"));
    }

    /** Whether the signed-in user answers the manager-estimate survey (account executives and team leads). */
    @Requires(Permission.SIGNED_IN)
    public boolean mayEstimate() {
        return currentUser.may(Permission.ESTIMATE_EXPECTATIONS);
    }

    /** Whether the signed-in user manages service standards (admins and team leads). */
    @Requires(Permission.SIGNED_IN)
    public boolean mayManageStandards() {
        return currentUser.may(Permission.EDIT_STANDARDS);
    }

    /** Whose accounts the figures cover, in words for the view. */
    @Requires(Permission.SIGNED_IN)
    public String scopeLabel() {
        return currentUser.ownBook() == null ? "All accounts" : "Your accounts";
    }

    // ------------------------------------------------------------ service standards

    /** Service standards with their latest actual, by cue and name, a page at a time. */
    public List<StandardSummary> standards(int offset, int limit) {
        return standards.page(offset, limit);
    }

    /** Perception cues, touch points and teams to choose from when editing a standard. */
    public StandardChoices standardChoices() {
        return new StandardChoices(
                standards.options("perception_cue"), standards.options("touch_point"), standards.options("team"));
    }

    /** An empty standard to fill in; a team lead's is owned by their team. */
    @Requires(Permission.EDIT_STANDARDS)
    public ServiceStandard newStandard() {
        Long team = currentUser
                .get()
                .filter(user -> user.role() == Role.TEAM_LEAD)
                .map(SignedInUser::teamId)
                .orElse(null);
        return ServiceStandard.blank(team);
    }

    /** Whether the signed-in user may change a standard owned by {@code ownerTeamId}. */
    @Requires(Permission.SIGNED_IN)
    public boolean mayEditStandard(Long ownerTeamId) {
        return administration.mayEdit(ownerTeamId);
    }

    /** Creates or updates a standard; refused with a reason on bad input, missing rights or a concurrent edit. */
    @Transactional
    @Requires(Permission.EDIT_STANDARDS)
    public long saveStandard(ServiceStandard standard) {
        return administration.save(standard);
    }

    /** Monthly actuals of a standard, latest first, a page at a time. */
    public List<MonthlyActual> actuals(long standardId, int offset, int limit) {
        return actuals.page(standardId, offset, limit);
    }

    /** Records a month's actual of a standard, replacing an earlier value for that month. */
    @Transactional
    @Requires(Permission.EDIT_STANDARDS)
    public void recordActual(long standardId, YearMonth month, BigDecimal value) {
        administration.recordActual(standardId, month, value);
    }

    /** Deletes one monthly actual. */
    @Transactional
    @Requires(Permission.EDIT_STANDARDS)
    public void deleteActual(long actualId) {
        administration.deleteActual(actualId);
    }

    /** Promises made about a standard, latest first, a page at a time. */
    public List<StandardPromise> promises(long standardId, int offset, int limit) {
        return promises.page(standardId, offset, limit);
    }

    /** Creates or updates a promise; refused with a reason on bad input or a concurrent edit. */
    @Transactional
    @Requires(Permission.EDIT_STANDARDS)
    public long savePromise(StandardPromise promise) {
        return administration.savePromise(promise);
    }

    /** Deletes a promise, unless someone changed it since it was read. */
    @Transactional
    @Requires(Permission.EDIT_STANDARDS)
    public void deletePromise(StandardPromise promise) {
        administration.deletePromise(promise);
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

    /** Choices for the standard form. */
    public record StandardChoices(List<Option> cues, List<Option> touchPoints, List<Option> teams) {}
}
