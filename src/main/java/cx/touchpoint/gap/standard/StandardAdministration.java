package cx.touchpoint.gap.standard;

import cx.touchpoint.base.Dates;
import cx.touchpoint.base.InputValidator;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.MetricValue;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.AdminAudit.Subject;
import cx.touchpoint.security.PermissionPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * Changes to service standards, their monthly actuals and promises. Admins change every standard;
 * a team lead only the standards owned by their own team. Bad input and concurrent edits are
 * refused with a {@link ChangeRejected} that says why; nothing partial is stored.
 */
@Component
class StandardAdministration {

    static final String STALE = "Someone else changed this %s since you opened it. Reload it to see their"
            + " change, then make yours again.";

    private final StandardQueries standards;
    private final ServiceStandardRepository standardAggregates;
    private final ActualRepository actuals;
    private final PromiseRepository promises;
    private final PermissionPolicy policy;
    private final InputValidator validator;
    private final Clock clock;
    private final AdminAudit audit;

    StandardAdministration(
            StandardQueries standards,
            ServiceStandardRepository standardAggregates,
            ActualRepository actuals,
            PromiseRepository promises,
            PermissionPolicy policy,
            InputValidator validator,
            Clock clock,
            AdminAudit audit) {
        this.audit = audit;
        this.standards = standards;
        this.standardAggregates = standardAggregates;
        this.actuals = actuals;
        this.promises = promises;
        this.policy = policy;
        this.validator = validator;
        this.clock = clock;
    }

    long save(ServiceStandard standard) {
        validate(standard);
        MetricValue.check(standard.targetValue(), standard.unit(), "the target");
        requireMayEdit(standard.ownerTeamId());
        if (standard.id() != null) {
            var stored = standards.find(standard.id()).orElseThrow(() -> stale("standard"));
            requireMayEdit(stored.ownerTeamId());
        }
        String taken = standards.takenBy(standard);
        if (taken != null) {
            throw duplicate(taken);
        }
        String before = standard.id() == null
                ? null
                : standards.find(standard.id()).map(StandardSummary::describe).orElse(null);
        try {
            long id = standardAggregates.save(standard).id();
            audit.record(
                    Subject.STANDARD,
                    id,
                    standard.name(),
                    standard.id() == null ? "standard created" : "standard edited",
                    before,
                    standards.find(id).map(StandardSummary::describe).orElse(null));
            return id;
        } catch (OptimisticLockingFailureException e) {
            throw stale("standard");
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException duplicateKey) {
                // two people saving the same code at once: the database has the last word
                throw duplicate(String.valueOf(duplicateKey.getMessage()).contains("code") ? "code" : "name");
            }
            if (e.getCause() instanceof OptimisticLockingFailureException) {
                throw stale("standard");
            }
            throw e;
        }
    }

    void recordActual(long standardId, YearMonth month, BigDecimal value) {
        var standard = editable(standardId);
        if (month == null) {
            throw new ChangeRejected("Choose the month the actual value was measured in.");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new ChangeRejected(
                    "Actuals are recorded for months that have begun; " + Dates.month(month) + " is in the future.");
        }
        MetricValue.check(value, standard.unit(), "the actual value");
        actuals.record(standardId, month.atDay(1), value);
        audit.record(
                Subject.STANDARD,
                standardId,
                standard.name(),
                "actual recorded",
                null,
                Dates.month(month) + ": " + value.stripTrailingZeros().toPlainString() + " " + standard.unit());
    }

    void deleteActual(long actualId) {
        var actual = actuals.find(actualId).orElseThrow(() -> stale("actual"));
        var standard = editable(actual.standardId());
        actuals.delete(actualId);
        audit.record(
                Subject.STANDARD,
                standard.id(),
                standard.name(),
                "actual deleted",
                Dates.month(actual.month()) + ": "
                        + actual.value().stripTrailingZeros().toPlainString() + " " + standard.unit(),
                null);
    }

    long savePromise(StandardPromise promise) {
        validate(promise);
        var standard = editable(promise.standardId());
        MetricValue.check(promise.promisedValue(), standard.unit(), "the promised value");
        if (promise.validTo() != null && promise.validTo().isBefore(promise.validFrom())) {
            throw new ChangeRejected("The promise cannot end before it starts.");
        }
        if (promise.id() != null
                && !promises.findById(promise.id())
                        .map(stored -> stored.standardId() == promise.standardId())
                        .orElse(false)) {
            throw stale("promise");
        }
        String before = promise.id() == null
                ? null
                : promises.findById(promise.id())
                        .map(p -> describe(p, standard.unit()))
                        .orElse(null);
        try {
            long id = promises.save(promise).id();
            audit.record(
                    Subject.STANDARD,
                    standard.id(),
                    standard.name(),
                    promise.id() == null ? "promise added" : "promise edited",
                    before,
                    describe(promise, standard.unit()));
            return id;
        } catch (OptimisticLockingFailureException e) {
            throw stale("promise");
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException) {
                throw stale("promise");
            }
            throw e;
        }
    }

    void deletePromise(StandardPromise promise) {
        var standard = editable(promise.standardId());
        try {
            promises.delete(promise);
            audit.record(
                    Subject.STANDARD,
                    standard.id(),
                    standard.name(),
                    "promise deleted",
                    describe(promise, standard.unit()),
                    null);
        } catch (OptimisticLockingFailureException e) {
            throw stale("promise");
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException) {
                throw stale("promise");
            }
            throw e;
        }
    }

    private static String describe(StandardPromise promise, String unit) {
        return "\"" + promise.wording() + "\" (" + promise.channel().label() + "): "
                + promise.promisedValue().stripTrailingZeros().toPlainString() + " " + unit + ", from "
                + Dates.day(promise.validFrom())
                + (promise.validTo() == null ? "" : " to " + Dates.day(promise.validTo()));
    }

    private StandardSummary editable(long standardId) {
        var standard = standards.find(standardId).orElseThrow(() -> stale("standard"));
        requireMayEdit(standard.ownerTeamId());
        return standard;
    }

    private void requireMayEdit(Long ownerTeamId) {
        if (!policy.mayEditStandard(ownerTeamId)) {
            throw new ChangeRejected(
                    "Team leads change the standards owned by their own team only; an admin changes the others.");
        }
    }

    private void validate(Object value) {
        var problems = validator.problems(value);
        if (!problems.isEmpty()) {
            throw new ChangeRejected(problems);
        }
    }

    private static ChangeRejected duplicate(String what) {
        return new ChangeRejected("Another standard already has this " + what + ": choose a different one.");
    }

    private static ChangeRejected stale(String what) {
        return new ChangeRejected(STALE.formatted(what));
    }
}
