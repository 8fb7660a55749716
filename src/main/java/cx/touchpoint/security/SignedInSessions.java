package cx.touchpoint.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** The open sessions of signed-in people, so disabling someone (or resetting their password) ends theirs. */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every open session of the user: their next request finds them signed out. Returns how many. */
    int endAll(long userId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.id() == userId) {
                for (var session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
