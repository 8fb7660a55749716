package cx.touchpoint.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Finds who is signing in. Unknown and disabled users get the same answer as a wrong password (the
 * password check still runs against a dummy hash, so the timing matches too); a throttled username or
 * address is refused before any lookup, known or not.
 */
@Service
@Transactional(readOnly = true)
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final SignInThrottle throttle;

    AppUserDetailsService(AppUserRepository users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username.trim().toLowerCase();
        if (throttle.locked(name, clientAddress())) {
            throw new LockedException(SignInProblem.LOCKED.message());
        }
        return users.findByUsername(name)
                .filter(AppUser::enabled)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The client's address (behind a proxy, from X-Forwarded-For once forward headers are trusted). */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
