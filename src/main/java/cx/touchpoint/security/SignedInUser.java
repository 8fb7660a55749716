package cx.touchpoint.security;

import cx.touchpoint.base.SignedInPerson;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session: who they are, in the domain's terms. */
public record SignedInUser(long id, String username, String fullName, Role role, Long teamId, String passwordHash)
        implements UserDetails, SignedInPerson {

    static SignedInUser of(AppUser user) {
        return new SignedInUser(
                user.id(), user.username(), user.fullName(), user.role(), user.teamId(), user.passwordHash());
    }

    @Override
    public String roleLabel() {
        return role.label();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
