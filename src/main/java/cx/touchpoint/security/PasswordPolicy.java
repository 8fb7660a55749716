package cx.touchpoint.security;

import cx.touchpoint.base.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B (5.1.1.2): at least {@value #MIN_LENGTH} characters, not a
 * commonly used or breached password, not the username, and no composition rules (no "one digit, one
 * symbol"). At most {@value #MAX_LENGTH} characters and 72 bytes, because BCrypt reads no further.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int BCRYPT_MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        var list = new ClassPathResource("security/common-passwords.txt");
        try (var in = list.getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the build", e);
        }
    }

    /**
     * Checks a new password for {@code username}; {@link InvalidInput} on field {@code field} saying what is
     * wrong. Spaces count; nothing is trimmed.
     */
    public void check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInput.of(field, "At least " + MIN_LENGTH + " characters; a few words make a good one.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            throw InvalidInput.of(field, "At most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || repetitive(lower)) {
            throw InvalidInput.of(field, "This password is among the most commonly used; choose another.");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw InvalidInput.of(field, "The password must not contain the username.");
        }
        if (lower.contains("touchpoint")) {
            throw InvalidInput.of(field, "The password must not contain the product's name.");
        }
    }

    /** One character repeated, or a run of consecutive characters ("aaaaaaaaaaaa", "123456789012"). */
    private static boolean repetitive(String password) {
        boolean same = true;
        boolean sequence = true;
        for (int i = 1; i < password.length(); i++) {
            char previous = password.charAt(i - 1);
            char current = password.charAt(i);
            same &= current == previous;
            sequence &= current == previous + 1 || (previous == '9' && current == '0');
        }
        return same || sequence;
    }
}
