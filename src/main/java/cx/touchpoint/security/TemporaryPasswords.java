package cx.touchpoint.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** One-time passwords an admin passes on: 16 characters from an alphabet without look-alikes (about 90 bits). */
@Component
class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    String next() {
        var password = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
