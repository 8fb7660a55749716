package cx.touchpoint.segment;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.FilterOptions;
import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.base.ScopeSentence;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Role;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer segments: every active account placed by its summary experience score and revenue
 * (Model, Growth, At-risk, Dangling, or Unscored), the movement between waves and the thresholds.
 * Account executives always see their own book: the service fixes the account-executive filter to them.
 */
@Service
@Transactional(readOnly = true)
public class SegmentService {

    private final SegmentQueries queries;
    private final SegmentThresholdRepository thresholds;
    private final FilterOptionsQueries filterOptions;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    SegmentService(
            SegmentQueries queries,
            SegmentThresholdRepository thresholds,
            FilterOptionsQueries filterOptions,
            CurrentUser currentUser,
            Validator validator,
            Clock clock) {
        this.queries = queries;
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
    public EffectiveThresholds effectiveThresholds() {
        return queries.thresholds();
    }

    /** The thresholds as stored (revenue {@code null} = median), for the editor. */
    public SegmentThresholds thresholds() {
        return thresholds.load();
    }

    /** Whether the signed-in user may change the thresholds (executives and admins). */
    public boolean canEditThresholds() {
        return currentUser
                .get()
                .map(user -> user.role() == Role.EXECUTIVE || user.role() == Role.ADMIN)
                .orElse(false);
    }

    /**
     * Saves new thresholds. Rejects bad input with a message naming the rule, and a save over
     * thresholds someone else changed meanwhile (version check); stores nothing in either case.
     */
    @Transactional
    public SegmentThresholds saveThresholds(SegmentThresholds changed) {
        if (!canEditThresholds()) {
            throw new AccessDeniedException("Only executives and admins change segment thresholds");
        }
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
            return thresholds.save(changed, currentUser.require().id(), clock.instant());
        } catch (OptimisticLockingFailureException e) {
            throw new ThresholdChangeRejected(
                    "Someone else changed the thresholds while you were editing. Reload to see their values,"
                            + " then make your change again.",
                    true);
        }
    }

    /** Whether the signed-in user may open the segment view (executives and account executives). */
    public boolean canViewSegments() {
        return currentUser
                .get()
                .map(user -> user.role() == Role.EXECUTIVE || user.role() == Role.ACCOUNT_EXECUTIVE)
                .orElse(false);
    }

    private static BigDecimal sum(
            List<SegmentFigures> figures, java.util.function.Function<SegmentFigures, BigDecimal> f) {
        return figures.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
