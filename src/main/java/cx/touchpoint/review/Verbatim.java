package cx.touchpoint.review;

import java.time.Instant;

/** A customer's own words from a recent low-scoring response, with what stands behind them. */
public record Verbatim(
        long accountId,
        String account,
        Instant respondedAt,
        String touchPoint,
        Double score,
        Integer nps,
        String comment) {}
