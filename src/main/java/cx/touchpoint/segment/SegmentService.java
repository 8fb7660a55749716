package cx.touchpoint.segment;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.FilterOptions;
import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.base.ScopeSentence;
import cx.touchpoint.insight.ChangeTests;
import cx.touchpoint.insight.InsightPolicy;
import cx.touchpoint.insight.InsightSettings;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer segments: every active account placed by its summary experience score and revenue
 * (Model, Growth, At-risk, Dangling, or Unscored), the movement between waves and the thresholds.
 * Account executives always see their own book: the service fixes the account-executive filter to them.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.READ_SEGMENTS)
public class SegmentService {

    private final SegmentQueries queries;
    private final ScatterQueries scatter;
    private final SegmentThresholdRepository thresholds;
    private final FilterOptionsQueries filterOptions;
    private final CurrentUser currentUser;
    private final InsightPolicy insight;
    private final Validator validator;
    private final Clock clock;
    private final AdminAudit audit;

    SegmentService(
            SegmentQueries queries,
            ScatterQueries scatter,
            SegmentThresholdRepository thresholds,
            FilterOptionsQueries filterOptions,
            CurrentUser currentUser,
            Validator validator,
            InsightPolicy insight,
            Clock clock,
            AdminAudit audit) {
        this.audit = audit;
        this.insight = insight;
        this.queries = queries;
        this.scatter = scatter;
        this.thresholds = thresholds;
        this.filterOptions = filterOptions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** Counts, revenue, revenue share and revenue at risk per segment for the filtered accounts. */
    public SegmentOverview overview(AccountFilter filter) {
        List<SegmentFigures> found = queries.figures(scope(filter));
        List<SegmentFigures> all = Arrays.stream(Segment.values())
                .map(segment -> found.stream()
                        .filter(f -> f.segment() == segment)
                        .findFirst()
                        .orElse(SegmentFigures.empty(segment)))
                .toList();
        BigDecimal total = sum(all, SegmentFigures::revenue);
        BigDecimal atRisk = all.stream()
                .filter(f -> f.segment().isPoorExperience())
                .map(SegmentFigures::revenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SegmentOverview(
                all, total, atRisk, sum(all, SegmentFigures::detractorRevenue), queries.thresholds());
    }

    /** The scored accounts for the scatter chart: score, revenue and segment. */
    public List<AccountPoint> points(AccountFilter filter) {
        return queries.points(scope(filter));
    }

    /**
     * What the scatter draws for the filtered accounts: every scored account while there are at most
     * {@link ScatterView#POINTS_MAX}, otherwise one {@link ScatterCell} per segment, score and revenue
     * cell (a few hundred at most, whatever the number of accounts).
     */
    public ScatterView scatter(AccountFilter filter) {
        AccountFilter scoped = scope(filter);
        List<ScatterCell> cells = scatter.cells(scoped);
        long accounts = cells.stream().mapToLong(ScatterCell::accounts).sum();
        return accounts <= ScatterView.POINTS_MAX
                ? new ScatterView(queries.points(scoped), List.of())
                : new ScatterView(List.of(), cells);
    }

    /** The accounts of one scatter cell, largest revenue first; {@code limit} 1 to 500. */
    public List<AccountPoint> accountsInCell(ScatterCell.Key cell, AccountFilter filter, int offset, int limit) {
        return scatter.accountsIn(cell, scope(filter), offset, Math.max(1, Math.min(limit, 500)));
    }

    /** How many accounts one scatter cell holds for the filter. */
    public long countInCell(ScatterCell.Key cell, AccountFilter filter) {
        return scatter.countIn(cell, scope(filter));
    }

    /** The relationship waves with scores, oldest first. */
    public List<SurveyWave> waves() {
        return queries.waves();
    }

    /**
     * The from × to segment matrix between two waves for the filtered accounts; empty when there
     * are fewer than two waves. {@code from} and {@code to} null = the last two waves.
     */
    public Optional<SegmentMovement> movement(SurveyWave from, SurveyWave to, AccountFilter filter) {
        List<SurveyWave> waves = waves();
        if (from == null || to == null) {
            if (waves.size() < 2) {
                return Optional.empty();
            }
            from = waves.get(waves.size() - 2);
            to = waves.get(waves.size() - 1);
        }
        return Optional.of(
                new SegmentMovement(from, to, queries.movement(from.quarterStart(), to.quarterStart(), scope(filter))));
    }

    /**
     * Why accounts moved: for the filtered accounts that moved into At-risk or Dangling between {@code from}
     * and {@code to} ({@link SegmentMovement#direction}: worse), each cue's mean experienced score in their
     * {@code to} wave against their {@code from} wave, with Welch's test and the interval of the difference at
     * the company's confidence level; the largest drop first. Empty when no account moved that way.
     */
    public List<CueChange> whyTheyMoved(SurveyWave from, SurveyWave to, AccountFilter filter) {
        InsightSettings settings = insight.current();
        List<String> poor = java.util.Arrays.stream(Segment.values())
                .filter(Segment::isPoorExperience)
                .map(Segment::name)
                .toList();
        return queries.cueWaves(from.quarterStart(), to.quarterStart(), scope(filter), poor).stream()
                .map(c -> {
                    var now = new ChangeTests.Sums(c.toN(), c.toSum(), c.toSquares());
                    var before = new ChangeTests.Sums(c.fromN(), c.fromSum(), c.fromSquares());
                    return new CueChange(
                            c.cue(),
                            ChangeTests.mean(now, before, settings.level(), settings.minN()),
                            ChangeTests.meanDifference(now, before, settings.level()));
                })
                .sorted(java.util.Comparator.comparing(
                        (CueChange c) -> c.change().change(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** The filter's choices; an account executive's list of account executives is just them. */
    public FilterOptions filterOptions() {
        return filterOptions.options(currentUser.ownBook());
    }

    /** Which accounts the figures cover, naming every filter in force (see {@link ScopeSentence}). */
    public String scopeSentence(AccountFilter filter) {
        return ScopeSentence.of(currentUser.ownBook() != null, filterOptions(), scope(filter));
    }

    /** The filter as the service applies it: an account executive's is fixed to their own book. */
    public AccountFilter scope(AccountFilter filter) {
        return currentUser.scope(filter);
    }

    /** The thresholds in force, the median resolved. */
    @Requires(Permission.SIGNED_IN)
    public EffectiveThresholds effectiveThresholds() {
        return queries.thresholds();
    }

    /** The thresholds as stored (revenue {@code null} = median), for the editor. */
    @Requires(Permission.SIGNED_IN)
    public SegmentThresholds thresholds() {
        return thresholds.load();
    }

    /** Whether the signed-in user may change the thresholds (executives and admins). */
    @Requires(Permission.SIGNED_IN)
    public boolean canEditThresholds() {
        return currentUser.may(Permission.EDIT_THRESHOLDS);
    }

    /**
     * Saves new thresholds. Rejects bad input with a message naming the rule, and a save over
     * thresholds someone else changed meanwhile (version check); stores nothing in either case.
     */
    @Transactional
    @Requires(Permission.EDIT_THRESHOLDS)
    public SegmentThresholds saveThresholds(SegmentThresholds changed) {
        var violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new ThresholdChangeRejected(
                    violations.stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted(Comparator.naturalOrder())
                            .distinct()
                            .collect(Collectors.joining(" ")),
                    false);
        }
        try {
            SegmentThresholds before = thresholds.load();
            SegmentThresholds saved =
                    thresholds.save(changed, currentUser.require().id(), clock.instant());
            audit.record(
                    AdminAudit.Subject.SETTINGS,
                    null,
                    "Segment thresholds",
                    "thresholds changed",
                    before.describe(),
                    saved.describe());
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ThresholdChangeRejected(
                    "Someone else changed the thresholds while you were editing. Reload to see their values,"
                            + " then make your change again.",
                    true);
        }
    }

    /** Whether the signed-in user may open the segment view (executives and account executives). */
    @Requires(Permission.SIGNED_IN)
    public boolean canViewSegments() {
        return currentUser.may(Permission.READ_SEGMENTS);
    }

    private static BigDecimal sum(
            List<SegmentFigures> figures, java.util.function.Function<SegmentFigures, BigDecimal> f) {
        return figures.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
