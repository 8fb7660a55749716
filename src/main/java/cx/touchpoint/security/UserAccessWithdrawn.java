package cx.touchpoint.security;

import java.time.Instant;

/**
 * An admin reset a user's password or disabled them: every credential the user holds besides the new password must
 * stop working for good (issue #19 finding 9). Published in the admin's transaction; the API revokes the user's
 * tokens in it, so re-enabling the user later revives none.
 */
public record UserAccessWithdrawn(long userId, String username, Instant at, Reason reason) {

    public enum Reason {
        PASSWORD_RESET,
        DISABLED
    }
}
