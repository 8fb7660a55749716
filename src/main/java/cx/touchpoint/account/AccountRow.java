package cx.touchpoint.account;

import cx.touchpoint.segment.Segment;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the accounts grid (and of its CSV export).
 *
 * @param score summary experience score (1-7) of the latest relationship survey; {@code null} if none
 * @param nps NPS (-100..100) over the account's survey responses of the last 12 months; {@code null} if none
 * @param lastSurveyed when a contact of the account was last surveyed or last answered, if ever
 */
public record AccountRow(
        long id,
        String name,
        Segment segment,
        Double score,
        Double nps,
        BigDecimal revenue,
        BigDecimal potential,
        long openIssues,
        Instant lastSurveyed,
        String verticalMarket,
        String accountExecutive) {}
