package cx.touchpoint.issue;

import java.time.Instant;
import java.util.List;

/** A survey response as issue intake reads it back from the database. */
record StoredResponse(
        long id,
        long accountId,
        String accountName,
        long verticalMarketId,
        Long touchPointId,
        Integer nps,
        String comment,
        Instant respondedAt,
        List<Answer> answers) {

    /** One item's answer, with the item's cue and the touch point it is about. */
    record Answer(long cueId, String cueName, Long touchPointId, int expected, int experienced) {}
}
