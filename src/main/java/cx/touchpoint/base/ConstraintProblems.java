package cx.touchpoint.base;

import cx.touchpoint.base.InvalidInput.Problem;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns a database constraint violation into the problem a person reads beside the field, the one place
 * this is done: the schema's constraint names (V1 and later) map to a field and a message; a constraint
 * not listed here is named by the column PostgreSQL reports (a unique key's last column, a check
 * constraint {@code <table>_<column>_check}, a missing value's column), so nothing fails in silence.
 */
public final class ConstraintProblems {

    /** Constraints whose message says more than the generic one, by constraint name. */
    private static final Map<String, Problem> KNOWN = Map.ofEntries(
            Map.entry("perception_cue_name_key", new Problem("name", "Another perception cue has this name.")),
            Map.entry("touch_point_name_key", new Problem("name", "Another touch point has this name.")),
            Map.entry("vertical_market_name_key", new Problem("name", "Another vertical market has this name.")),
            Map.entry("location_region_country_key", new Problem("country", "This region already has this country.")),
            Map.entry("service_platform_name_key", new Problem("name", "Another service platform has this name.")),
            Map.entry("team_name_key", new Problem("name", "Another team has this name.")),
            Map.entry("perception_cue_name_check", new Problem("name", "2 to 60 characters.")),
            Map.entry(
                    "standard_promise_wording_check", new Problem("wording", "The wording needs 2 to 200 characters.")),
            Map.entry("standard_promise_check", new Problem("validTo", "The promise cannot end before it starts.")));

    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)");

    private ConstraintProblems() {}

    /** The problem behind {@code failure} when a constraint refused the change; empty for any other failure. */
    public static Optional<InvalidInput> of(Throwable failure) {
        if (!(cause(failure, DataIntegrityViolationException.class) instanceof DataIntegrityViolationException)) {
            return Optional.empty();
        }
        PSQLException sql = (PSQLException) cause(failure, PSQLException.class);
        ServerErrorMessage server = sql == null ? null : sql.getServerErrorMessage();
        if (server == null) {
            return Optional.of(new InvalidInput("The database refused this change; nothing was saved."));
        }
        return Optional.of(new InvalidInput(java.util.List.of(problem(sql.getSQLState(), server))));
    }

    static Problem problem(String state, ServerErrorMessage server) {
        String constraint = server.getConstraint();
        if (constraint != null && KNOWN.containsKey(constraint)) {
            return KNOWN.get(constraint);
        }
        return switch (state == null ? "" : state) {
            case "23505" -> new Problem(keyField(server.getDetail()), "Already in use; choose another.");
            case "23502" -> new Problem(field(server.getColumn()), "Required.");
            case "23514" -> checkProblem(server.getTable(), constraint);
            case "23503" -> String.valueOf(server.getMessage()).startsWith("update or delete")
                    ? new Problem(null, "Other data still refers to this; nothing was changed.")
                    : new Problem(
                            keyField(server.getDetail()), "This choice no longer exists; reload and choose again.");
            default -> new Problem(null, "The database refused this change (" + constraint + "); nothing was saved.");
        };
    }

    private static Problem checkProblem(String table, String constraint) {
        if (table != null
                && constraint != null
                && constraint.startsWith(table + "_")
                && constraint.endsWith("_check")) {
            String column = constraint.substring(table.length() + 1, constraint.length() - "_check".length());
            if (!column.isEmpty()) {
                return new Problem(field(column), "Not an accepted value here.");
            }
        }
        return new Problem(null, "These values break the rule \"" + constraint + "\"; nothing was saved.");
    }

    /** The last column of a key in a detail such as {@code Key (region, country)=(Europe, Spain) already exists.} */
    private static String keyField(String detail) {
        Matcher key = KEY_COLUMNS.matcher(detail == null ? "" : detail);
        if (!key.find()) {
            return null;
        }
        String[] columns = key.group(1).split(",\\s*");
        return field(columns[columns.length - 1]);
    }

    /** The input component a column is edited in: {@code market_group} → {@code marketGroup}. */
    static String field(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        for (String part : column.strip().split("_")) {
            if (!part.isEmpty()) {
                field.append(field.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return field.toString();
    }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
