package cx.touchpoint.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes to the throttle: a wrong password (or unknown user) counts, a success clears. An attempt
 * refused by the lock is one WARN line, at most one a minute per username (issue #19 finding 11: each attempt
 * logged a 17.7 KB stack trace, which anyone could fill the log with).
 */
@Component
class SignInEvents {

    static final Duration LOCKED_LINE_EVERY = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final SignInThrottle throttle;
    private final Clock clock;
    private final Map<String, Instant> lastLockedLine = new ConcurrentHashMap<>();

    SignInEvents(SignInThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        String username = printable(event.getAuthentication().getName());
        Instant now = clock.instant();
        if (lastLockedLine.size() > MAX_TRACKED) {
            lastLockedLine.clear();
        }
        Instant last = lastLockedLine.get(username);
        if (last == null || !now.isBefore(last.plus(LOCKED_LINE_EVERY))) {
            lastLockedLine.put(username, now);
            log.warn(
                    "Sign-in refused while locked after repeated failures: username '{}' from {} (logged at most once a"
                            + " minute per username)",
                    username,
                    printable(address(event.getAuthentication())));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : AppUserDetailsService.clientAddress();
    }

    /** What a person typed, safe for one log line: no control characters (CR/LF would forge lines), at most 80. */
    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
