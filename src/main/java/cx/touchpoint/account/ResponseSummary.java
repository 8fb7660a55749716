package cx.touchpoint.account;

import java.time.Instant;

/**
 * One survey response of an account.
 *
 * @param pattern PAST (transaction), PRESENT (relationship) or POTENTIAL
 * @param score mean experienced score (1-7) over its answers; {@code null} if it has none
 */
public record ResponseSummary(
        long id,
        Instant respondedAt,
        String survey,
        String pattern,
        String touchPoint,
        String contact,
        Integer nps,
        Double score,
        String comment) {}
