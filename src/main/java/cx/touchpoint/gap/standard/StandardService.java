package cx.touchpoint.gap.standard;

import cx.touchpoint.base.Option;
import cx.touchpoint.base.ReferenceData;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
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
 * Service standards, their monthly actuals and the promises made about them: what gaps 2-5 measure
 * against. Admins change every standard; a team lead the standards their team owns. Refusals are
 * {@link cx.touchpoint.gap.ChangeRejected} with the reason; nothing partial is stored.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.READ_GAPS)
public class StandardService {

    private final StandardQueries standards;
    private final ActualRepository actuals;
    private final PromiseRepository promises;
    private final StandardAdministration administration;
    private final ReferenceData referenceData;
    private final CurrentUser currentUser;
    private final PermissionPolicy policy;
    private final Clock clock;

    StandardService(
            StandardQueries standards,
            ActualRepository actuals,
            PromiseRepository promises,
            StandardAdministration administration,
            ReferenceData referenceData,
            CurrentUser currentUser,
            PermissionPolicy policy,
            Clock clock) {
        this.standards = standards;
        this.actuals = actuals;
        this.promises = promises;
        this.administration = administration;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
    }

    /** Whether the signed-in user manages service standards (admins and team leads). */
    @Requires(Permission.SIGNED_IN)
    public boolean mayManageStandards() {
        return currentUser.may(Permission.EDIT_STANDARDS);
    }

    /** Service standards with their latest actual, by cue and name, a page at a time. */
    public List<StandardSummary> standards(int offset, int limit) {
        return standards.page(offset, limit);
    }

    /** Perception cues, touch points and teams to choose from when editing a standard. */
    public StandardChoices standardChoices() {
        return new StandardChoices(
                referenceData.cuesWithRetired(), referenceData.touchPointsWithRetired(), referenceData.teams());
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
        return policy.mayEditStandard(ownerTeamId);
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

    /** Today, in the company time zone (for form defaults). */
    @Requires(Permission.SIGNED_IN)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Choices for the standard form. */
    public record StandardChoices(List<Option> cues, List<Option> touchPoints, List<Option> teams) {}
}
