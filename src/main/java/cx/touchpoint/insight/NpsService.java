package cx.touchpoint.insight;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.replica.ReadsFromReplica;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NPS of any scope and period with n and interval, and whether it changed from another period (the API's
 * metrics and the review's per-vertical comparison). Account executives see their own book.
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
@Requires(Permission.READ_GAPS)
public class NpsService {

    private static final Set<String> SEGMENTS = Set.of("MODEL", "GROWTH", "AT_RISK", "DANGLING", "UNSCORED");

    private final NpsQueries queries;
    private final InsightPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;

    NpsService(NpsQueries queries, InsightPolicy policy, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The NPS of the responses answered from {@code from} to {@code to} (days in the company time zone, both
     * inclusive) in {@code scope}, with n and adjusted-Wald interval; with {@code compareFrom}/{@code
     * compareTo} also that period's, the change and the two-sample z-test's verdict (company confidence level
     * and minimum n).
     *
     * @param confidence 90, 95 or 99 for this answer; {@code null} = the company's level
     * @throws InvalidInputException naming the field: {@code to} before {@code from}, one of a pair
     *     missing, an unknown filter id, segment or account, a confidence level other than 90, 95 or 99
     */
    public NpsChange nps(
            NpsScope scope,
            LocalDate from,
            LocalDate to,
            LocalDate compareFrom,
            LocalDate compareTo,
            Integer confidence) {
        List<FieldProblem> problems = new ArrayList<>();
        if (confidence != null && confidence != 90 && confidence != 95 && confidence != 99) {
            problems.add(new FieldProblem("confidence", confidence.toString(), "is 90, 95 or 99"));
        }
        checkPeriod(problems, "from", "to", from, to, true);
        checkPeriod(problems, "compareFrom", "compareTo", compareFrom, compareTo, false);
        Long accountId = resolve(scope, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InsightSettings company = policy.current();
        InsightSettings settings = confidence == null
                ? company
                : new InsightSettings(confidence, company.minN(), company.minDriverResponses(), company.version());
        AccountFilter filter = currentUser.scope(scope.filter());
        NpsCounts current = counts(scope, filter, accountId, from, to);
        if (compareFrom == null) {
            Estimate estimate = ConfidenceIntervals.nps(current, settings.level(), settings.minN());
            return new NpsChange(NpsPeriodFigure.of(from, to, current, estimate), null, null, false, null, null);
        }
        NpsCounts previous = counts(scope, filter, accountId, compareFrom, compareTo);
        Comparison comparison = ChangeTests.nps(current, previous, settings.level(), settings.minN());
        return new NpsChange(
                NpsPeriodFigure.of(from, to, current, comparison.current()),
                NpsPeriodFigure.of(compareFrom, compareTo, previous, comparison.previous()),
                comparison.change(),
                comparison.significance().significant(),
                comparison.pValue(),
                comparison.significance().words());
    }

    /**
     * Each vertical market's NPS this quarter (to date) against last quarter, with the verdict on the change;
     * every response pattern, as the NPS headline counts.
     */
    public List<VerticalNps> byVertical(AccountFilter filter) {
        InsightSettings settings = policy.current();
        LocalDate quarter = Quarter.current(clock).start();
        LocalDate next = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        return queries.byVertical(currentUser.scope(filter), quarter, next, quarter.minusMonths(3), quarter).stream()
                .map(v -> new VerticalNps(
                        v.vertical(), ChangeTests.nps(v.current(), v.previous(), settings.level(), settings.minN())))
                .toList();
    }

    /**
     * The filter ids of {@code filter} that name nothing, each as a refused field (vertical, location,
     * platform, accountExecutive); empty when all are known.
     */
    public List<FieldProblem> unknownFilterIds(AccountFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        resolve(new NpsScope(filter, null, null), problems);
        return problems;
    }

    /** The confidence level and minimum n the figures use. */
    public InsightSettings settings() {
        return policy.current();
    }

    private NpsCounts counts(NpsScope scope, AccountFilter filter, Long accountId, LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        if (scope.summarised() && from.getDayOfMonth() == 1 && end.getDayOfMonth() == 1) {
            return queries.months(filter, from, end);
        }
        ZoneId zone = clock.getZone();
        return queries.raw(
                filter,
                scope.segment(),
                accountId,
                from.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant());
    }

    private Long resolve(NpsScope scope, List<FieldProblem> problems) {
        Set<String> names = Set.copyOf(queries.unknownFilterIds(scope.filter()));
        for (String field : List.of("vertical", "location", "platform", "accountExecutive")) {
            if (names.contains(field)) {
                problems.add(new FieldProblem(field, String.valueOf(idOf(scope.filter(), field)), "names nothing"));
            }
        }
        if (scope.segment() != null && !SEGMENTS.contains(scope.segment())) {
            problems.add(new FieldProblem(
                    "segment", scope.segment(), "is one of MODEL, GROWTH, AT_RISK, DANGLING, UNSCORED"));
        }
        if (scope.accountExternalId() == null) {
            return null;
        }
        var account =
                queries.account(scope.accountExternalId()).filter(a -> currentUser.seesBookOf(a.accountExecutiveId()));
        if (account.isEmpty()) {
            problems.add(new FieldProblem("account", scope.accountExternalId(), "names no account you may see"));
            return null;
        }
        return account.get().id();
    }

    private static Long idOf(AccountFilter filter, String field) {
        return switch (field) {
            case "vertical" -> filter.verticalMarketId();
            case "location" -> filter.locationId();
            case "platform" -> filter.servicePlatformId();
            default -> filter.accountExecutiveId();
        };
    }

    private static void checkPeriod(
            List<FieldProblem> problems,
            String fromName,
            String toName,
            LocalDate from,
            LocalDate to,
            boolean required) {
        if (from == null && to == null) {
            if (required) {
                problems.add(new FieldProblem(fromName, "", "is required with " + toName));
            }
            return;
        }
        if (from == null) {
            problems.add(new FieldProblem(fromName, "", "is required with " + toName));
        } else if (to == null) {
            problems.add(new FieldProblem(toName, "", "is required with " + fromName));
        } else if (to.isBefore(from)) {
            problems.add(new FieldProblem(toName, to.toString(), "is before " + fromName + " (" + from + ")"));
        }
    }
}
