package cx.touchpoint.api;

import cx.touchpoint.security.SignInThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic of the REST API: username and personal API token, counted by the sign-in throttle like a
 * password (issue 19 #7). A wrong token counts a failure against the username and the client's address;
 * while either is locked every attempt is refused before the token is checked, the right token too, with
 * {@link Locked} (429 and {@code Retry-After}); a success forgets the username's failures.
 */
class ApiTokenAuthentication implements AuthenticationProvider {

    /** Refused because the username or the address is locked, until {@link #until()}. */
    static class Locked extends AuthenticationException {

        private final Instant until;

        Locked(Instant until) {
            super("Too many failed sign-ins for this username or from this address; retry later");
            this.until = until;
        }

        Instant until() {
            return until;
        }

        /** Whole seconds from now until the lock ends, at least 1 (for {@code Retry-After}). */
        long secondsFrom(Clock clock) {
            long millis = Duration.between(clock.instant(), until).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    private final ApiTokenService tokens;
    private final SignInThrottle throttle;

    ApiTokenAuthentication(ApiTokenService tokens, SignInThrottle throttle) {
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        String address =
                request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new Locked(locked.get());
        }
        var user = tokens.authenticate(username, String.valueOf(request.getCredentials()));
        if (user.isEmpty()) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Wrong username or API token, or the token was revoked");
        }
        throttle.succeeded(username);
        return new UsernamePasswordAuthenticationToken(
                user.get(), null, user.get().getAuthorities());
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
