package cx.touchpoint.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures a receiver checks, HMAC-SHA256 keyed with the subscription's secret (its UTF-8 bytes), in lower-case
 * hex. {@link #HEADER}: {@code t=<unix seconds>,v1=<hmac of "<t>.<body>">} — the signed timestamp lets a receiver
 * refuse a captured delivery replayed later (issue #18 C17; README "Outbound webhooks" and docs/SECURITY.md name the
 * tolerance window). {@link #LEGACY_HEADER}: {@code sha256=<hmac of the body>}, kept for this release only.
 */
public final class WebhookSignature {

    /** The header with the timestamped signature. */
    public static final String HEADER = "Touchpoint-Signature";

    /**
     * The body-only signature of earlier releases; it does not cover the time, so a replay passes it. Sent for one
     * more release so receivers can move to {@link #HEADER}, then dropped.
     */
    public static final String LEGACY_HEADER = "X-Touchpoint-Signature";

    /** How far a receiver should accept a delivery's timestamp from its own clock, either way (seconds). */
    public static final long TOLERANCE_SECONDS = 300;

    private WebhookSignature() {}

    /** {@code t=<epochSeconds>,v1=<hex>} where hex is the HMAC of {@code epochSeconds + "." + body}. */
    public static String timestamped(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    /** {@code sha256=<hex>} of {@code body} under {@code secret} (the legacy header). */
    public static String of(String secret, String body) {
        return "sha256=" + hmac(secret, body);
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
