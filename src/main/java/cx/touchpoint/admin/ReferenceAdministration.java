package cx.touchpoint.admin;

import cx.touchpoint.base.Codes;
import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.InvalidInput.Problem;
import cx.touchpoint.issue.Severity;
import cx.touchpoint.issue.SlaPolicy;
import cx.touchpoint.issue.SlaRow;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.AdminAudit.Subject;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins maintain the reference data people choose from — perception cues, touch points, vertical
 * markets with their market group, locations, service platforms — and the SLA hours per severity. An item
 * that data refers to is retired instead of deleted: pickers stop offering it, the data keeps showing its
 * name. Every change is audited (who, when, before → after). A name already in use is refused by the
 * schema's unique constraint and reported beside the field ({@code base.ConstraintProblems}).
 */
@Service
@Transactional
@Requires(Permission.ADMINISTER)
public class ReferenceAdministration {

    private final ReferenceQueries queries;
    private final SlaPolicy slaPolicy;
    private final InputValidator validator;
    private final AdminAudit audit;

    ReferenceAdministration(ReferenceQueries queries, SlaPolicy slaPolicy, InputValidator validator, AdminAudit audit) {
        this.queries = queries;
        this.slaPolicy = slaPolicy;
        this.validator = validator;
        this.audit = audit;
    }

    /** A page of one kind: current items first, each in the order pickers use, then the retired ones. */
    @Transactional(readOnly = true)
    public List<ReferenceRow> items(ReferenceKind kind, int offset, int limit) {
        return queries.page(kind, offset, limit);
    }

    /**
     * Adds an item; returns its id. {@link InvalidInput} naming the field for a missing or too long value
     * or a name another item of the kind has; nothing is stored then.
     */
    public long create(ReferenceKind kind, ReferenceInput input) {
        check(kind, input);
        String code = kind.hasCode() ? Codes.from(input.name(), "item", c -> queries.codeTaken(kind, c)) : null;
        long id = queries.insert(kind, code, input.columns(kind));
        audit.record(Subject.REFERENCE, id, label(kind, input), "created", null, input.describe(kind));
        return id;
    }

    /** Changes an item (a code stays as it was); {@link InvalidInput} as for create, or when someone saved first. */
    public void update(ReferenceKind kind, long id, int seenVersion, ReferenceInput input) {
        check(kind, input);
        var before = queries.find(kind, id).orElseThrow(() -> gone(kind));
        if (!queries.update(kind, id, seenVersion, input.columns(kind))) {
            throw stale(kind);
        }
        audit.record(
                Subject.REFERENCE,
                id,
                label(kind, input),
                "edited",
                before.values().describe(kind),
                input.describe(kind));
    }

    /**
     * Retires an item ({@code retired} true) or brings it back (false): a retired item is no longer offered
     * for new data; what already refers to it keeps it.
     */
    public void setRetired(ReferenceKind kind, long id, boolean retired) {
        var item = queries.find(kind, id).orElseThrow(() -> gone(kind));
        if (item.retired() == retired) {
            return;
        }
        queries.setRetired(kind, id, retired);
        audit.record(
                Subject.REFERENCE,
                id,
                label(kind, item.values()),
                retired ? "retired" : "restored",
                retired ? "offered" : "retired",
                retired ? "retired" : "offered");
    }

    /**
     * Deletes an item nothing refers to. {@link InvalidInput} when data refers to it (retire it instead);
     * nothing is deleted then.
     */
    public void delete(ReferenceKind kind, long id) {
        var item = queries.find(kind, id).orElseThrow(() -> gone(kind));
        try {
            queries.delete(kind, id);
        } catch (DataIntegrityViolationException inUse) {
            throw new InvalidInput("This " + kind.singular() + " is used by existing data, so it cannot be"
                    + " deleted. Retire it instead: the data keeps it, new choices no longer offer it.");
        }
        audit.record(
                Subject.REFERENCE,
                id,
                label(kind, item.values()),
                "deleted",
                item.values().describe(kind),
                null);
    }

    /** The hours an issue has per severity before it is overdue, most severe first. */
    @Transactional(readOnly = true)
    public List<SlaRow> sla() {
        return slaPolicy.hours();
    }

    /**
     * Sets the hours for one severity ({@link SlaRow#HOURS_MIN} to {@link SlaRow#HOURS_MAX}). Issues raised
     * from now on get the new due time; open issues keep theirs until their SLA restarts.
     * {@link InvalidInput} on field {@code dueHours} outside the range, or when someone saved first.
     */
    public void changeSla(Severity severity, int seenVersion, int dueHours) {
        var before = slaPolicy.hours().stream()
                .filter(row -> row.severity() == severity)
                .findFirst()
                .orElseThrow();
        slaPolicy.change(severity, seenVersion, dueHours);
        audit.record(
                Subject.REFERENCE,
                null,
                "SLA " + severity.label(),
                "edited",
                before.dueHours() + " h",
                dueHours + " h");
    }

    private void check(ReferenceKind kind, ReferenceInput input) {
        List<Problem> problems = new ArrayList<>();
        var values = input.columns(kind);
        for (var column : kind.columns()) {
            String field = field(column);
            Object value = values.get(column);
            if (column.equals("description")) {
                continue;
            }
            if (value == null || value.toString().isEmpty()) {
                problems.add(new Problem(field, "Required."));
            } else if (value instanceof String text && text.length() < 2) {
                problems.add(new Problem(field, "At least 2 characters."));
            }
        }
        if (kind == ReferenceKind.CUE && input.name() != null && input.name().length() > ReferenceInput.CUE_NAME_MAX) {
            problems.add(new Problem("name", "At most " + ReferenceInput.CUE_NAME_MAX + " characters."));
        }
        validator.check(input, problems);
    }

    /** The input component a column is edited in: {@code market_group} → {@code marketGroup}. */
    private static String field(String column) {
        StringBuilder field = new StringBuilder();
        for (String part : column.split("_")) {
            field.append(field.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return field.toString();
    }

    private static String label(ReferenceKind kind, ReferenceInput input) {
        String text =
                kind.singular().substring(0, 1).toUpperCase() + kind.singular().substring(1) + " " + input.title(kind);
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private static InvalidInput gone(ReferenceKind kind) {
        return new InvalidInput("This " + kind.singular() + " no longer exists; reload the list.");
    }

    private static InvalidInput stale(ReferenceKind kind) {
        return new InvalidInput(
                "Someone else changed this " + kind.singular() + " meanwhile; reopen it to see their change.");
    }
}
