package cx.touchpoint.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.LockedException;

/** Why a sign-in failed, as the login page tells it: never whether the username exists. */
public enum SignInProblem {
    WRONG_CREDENTIALS(
            "Incorrect username or password", "Check that you entered the right username and password, and try again."),
    LOCKED(
            "Too many failed sign-ins",
            "Sign-in is paused for 15 minutes after five failed attempts. Try again later, or ask an admin to unlock"
                    + " your account."),
    DATABASE_DOWN(
            "Touchpoint cannot reach its database",
            "Your sign-in could not be checked. Try again in a moment; if it persists, tell your administrator.");

    private final String title;
    private final String message;

    SignInProblem(String title, String message) {
        this.title = title;
        this.message = message;
    }

    public String title() {
        return title;
    }

    public String message() {
        return message;
    }

    /** The problem behind a failed sign-in's exception (Spring Security keeps it in the session). */
    public static SignInProblem of(Object exception) {
        for (Throwable cause = exception instanceof Throwable failure ? failure : null;
                cause != null;
                cause = cause.getCause()) {
            if (cause instanceof LockedException) {
                return LOCKED;
            }
            if (cause instanceof DataAccessException || cause instanceof java.sql.SQLException) {
                return DATABASE_DOWN;
            }
        }
        return WRONG_CREDENTIALS;
    }
}
