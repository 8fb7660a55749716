package cx.touchpoint.security;

/** Whether a signed-in session may go on: fine, must choose a new password first, or the user was disabled. */
public enum SessionStanding {
    OK,
    MUST_CHANGE_PASSWORD,
    DISABLED
}
