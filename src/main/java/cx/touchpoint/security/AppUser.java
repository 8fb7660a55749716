package cx.touchpoint.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in: executives, account executives, team leads, specialists and admins. Demo users
 * ({@code demo}) are enabled only while demo mode is on; {@code mustChangePassword} after an admin set or
 * reset the password.
 */
@Table("app_user")
public record AppUser(
        @Id Long id,
        String username,
        String fullName,
        String email,
        String passwordHash,
        Role role,
        Long teamId,
        boolean enabled,
        boolean demo,
        boolean mustChangePassword,
        @Version Integer version) {

    public static final int USERNAME_MAX = 40;
    public static final int FULL_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    /** The username rule of the schema's check constraint, for forms and services alike. */
    public static final String USERNAME_PATTERN = "^[a-z][a-z0-9._-]{2,39}$";

    AppUser withPassword(String hash, boolean mustChange) {
        return new AppUser(id, username, fullName, email, hash, role, teamId, enabled, demo, mustChange, version);
    }

    AppUser withEnabled(boolean on) {
        return new AppUser(
                id, username, fullName, email, passwordHash, role, teamId, on, demo, mustChangePassword, version);
    }

    AppUser withDetails(String name, String mail, Role newRole, Long team, int seenVersion) {
        return new AppUser(
                id, username, name, mail, passwordHash, newRole, team, enabled, demo, mustChangePassword, seenVersion);
    }
}
