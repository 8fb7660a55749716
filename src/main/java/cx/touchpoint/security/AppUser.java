package cx.touchpoint.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in: executives, account executives, team leads, specialists and admins. */
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
        @Version int version) {}
