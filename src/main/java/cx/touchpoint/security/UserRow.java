package cx.touchpoint.security;

import java.time.Instant;

/**
 * A user as the administration grid shows them: their team's name, how many accounts they own, whether
 * sign-in is locked after failed attempts (until when) and whether they must set a new password.
 */
public record UserRow(
        long id,
        String username,
        String fullName,
        String email,
        Role role,
        Long teamId,
        String team,
        long accounts,
        boolean enabled,
        boolean demo,
        boolean mustChangePassword,
        Instant lockedUntil,
        int version) {

    public UserForm form() {
        return new UserForm(username, fullName, email, role, teamId);
    }
}
