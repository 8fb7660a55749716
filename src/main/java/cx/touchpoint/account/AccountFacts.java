package cx.touchpoint.account;

import cx.touchpoint.segment.Segment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The header facts of one account.
 *
 * @param score summary experience score of the latest relationship survey, {@code null} if none
 * @param nps likelihood to recommend (0-10) given in that survey, if asked
 */
public record AccountFacts(
        long id,
        String name,
        String verticalMarket,
        String marketGroup,
        String location,
        String servicePlatform,
        long accountExecutiveId,
        String accountExecutive,
        BigDecimal revenue,
        BigDecimal potential,
        String status,
        LocalDate defectedOn,
        LocalDate customerSince,
        Segment segment,
        Double score,
        Integer nps,
        Instant lastRelationshipSurvey) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
