package cx.touchpoint.issue;

import cx.touchpoint.survey.ResponseRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A survey response as issue intake sees it, with what routing and severity need of its account: revenue
 * and the owning team (its account executive's team, else account management).
 */
record StoredResponse(
        long id,
        long accountId,
        String accountName,
        long verticalMarketId,
        BigDecimal annualRevenue,
        long owningTeamId,
        String owningTeamName,
        Long touchPointId,
        Integer nps,
        String comment,
        Instant respondedAt,
        List<Answer> answers) {

    /** One item's answer, with the item's cue and the touch point it is about. */
    record Answer(long cueId, String cueName, Long touchPointId, int expected, int experienced) {}

    /** What routing and severity need of a response's account. */
    record Account(
            String name, long verticalMarketId, BigDecimal annualRevenue, long owningTeamId, String owningTeamName) {}

    /** The recorded response as its event carries it, with its account. */
    static StoredResponse of(ResponseRecorded recorded, Account account) {
        return new StoredResponse(
                recorded.responseId(),
                recorded.accountId(),
                account.name(),
                account.verticalMarketId(),
                account.annualRevenue(),
                account.owningTeamId(),
                account.owningTeamName(),
                recorded.touchPointId(),
                recorded.nps(),
                recorded.comment(),
                recorded.respondedAt(),
                recorded.answers().stream()
                        .map(a -> new Answer(a.cueId(), a.cueName(), a.touchPointId(), a.expected(), a.experienced()))
                        .toList());
    }
}
