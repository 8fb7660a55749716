package cx.touchpoint.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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

    /** The hash a locked sign-in carries: of random bits nobody knows, so it matches no password. */
    private static final String LOCKED =
            new BCryptPasswordEncoder().encode(UUID.randomUUID().toString());

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
            // A locked account, not a failed lookup: Spring Security refuses it with a LockedException before any
            // password check, the same for known and unknown names. (Throwing from here was wrapped as an internal
            // error and logged with a stack trace at every attempt, issue #19 finding 11.)
            return User.withUsername(name)
                    .password(LOCKED)
                    .accountLocked(true)
                    .authorities(List.of())
                    .build();
        }
        return users.findByUsername(name)
                .filter(AppUser::enabled)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The client's address: the connection's, or behind a proxy of {@link TrustedProxies} the one it forwarded. */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
