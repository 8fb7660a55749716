package cx.touchpoint.issue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A survey response as issue intake reads it back from the database, with what routing and severity
 * need of its account: revenue and the owning team (its account executive's team, else account
 * management).
 */
record StoredResponse(
        long id,
        long accountId,
        String accountName,
        long verticalMarketId,
        BigDecimal annualRevenue,
        long owningTeamId,
        Long touchPointId,
        Integer nps,
        String comment,
        Instant respondedAt,
        List<Answer> answers) {

    /** One item's answer, with the item's cue and the touch point it is about. */
    record Answer(long cueId, String cueName, Long touchPointId, int expected, int experienced) {}
}
