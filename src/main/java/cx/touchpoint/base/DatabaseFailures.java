package cx.touchpoint.base;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/** Which failures mean "the database cannot be reached" (down, restarting, network), whatever wraps them. */
public final class DatabaseFailures {

    /** What a person is told when their action failed because the database could not be reached. */
    public static final String MESSAGE =
            "Touchpoint cannot reach its database; your change was not saved — try again in a moment.";

    private DatabaseFailures() {}

    /** Whether the failure, or one of its causes, is an unreachable database (SQL state class 08: connection). */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
