package cx.touchpoint.api;

import cx.touchpoint.security.UserAccessWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Revokes a user's API tokens when an admin resets their password or disables them, in the admin's transaction:
 * a token then stays revoked, also after the user is enabled again (issue #19 finding 9).
 */
@Component
class TokenRevocation {

    private static final Logger log = LoggerFactory.getLogger(TokenRevocation.class);

    private final ApiTokens tokens;

    TokenRevocation(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @EventListener
    void on(UserAccessWithdrawn withdrawn) {
        int revoked = tokens.revokeAll(withdrawn.userId(), withdrawn.at());
        if (revoked > 0) {
            log.info("Revoked {} API token(s) of {} ({})", revoked, withdrawn.username(), withdrawn.reason());
        }
    }
}
