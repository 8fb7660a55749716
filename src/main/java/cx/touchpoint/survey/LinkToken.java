package cx.touchpoint.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a customer's link (response, draft review, unsubscribe): 256 random bits from
 * {@link SecureRandom}, URL-safe base64. Only its SHA-256 hash is stored, so a database copy holds no
 * usable link.
 */
public record LinkToken(String token, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    /** A new random token and its hash. */
    static LinkToken issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new LinkToken(token, hash(token));
    }

    /** The stored form of a token: lowercase hex SHA-256 of its UTF-8 bytes. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the text can be a token at all (so junk never reaches the database). */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
