package cx.touchpoint.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a stored user in on the current thread, as the login form would. */
public final class SignIn {

    private SignIn() {}

    public static void as(UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
