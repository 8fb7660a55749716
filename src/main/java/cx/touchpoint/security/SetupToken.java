package cx.touchpoint.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** The one-time setup token for the first admin: made at start, held only in this instance's memory, spent once. */
@Component
class SetupToken {

    private final SecureRandom random = new SecureRandom();
    private volatile String token;

    /** A new random token (192 bits), replacing any earlier one. */
    String renew() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return token;
    }

    /** Whether {@code candidate} is the current token, compared in constant time. */
    boolean matches(String candidate) {
        String current = token;
        return current != null
                && candidate != null
                && MessageDigest.isEqual(
                        current.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    void spend() {
        token = null;
    }
}
