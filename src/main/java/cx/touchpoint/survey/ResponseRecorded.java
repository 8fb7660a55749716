package cx.touchpoint.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Published by {@link ResponseService#record} inside the transaction that stored the response, so
 * what listeners write (issues raised, attached or verified, the comment queued for analysis) commits or
 * rolls back with it. Carries everything a listener needs of the response (STYLE 22), so none reads the
 * survey's tables back; listeners that act on an issue report it in {@link #followUp()}, which the
 * recording answers with.
 *
 * @param contactId who answered (null = unknown)
 * @param touchPointId the touch point the response is about (its own, else its template's; may be null)
 * @param nps the likelihood to recommend, 0-10 (null = not answered)
 * @param comment the customer's comment as stored ("" for none)
 * @param answers the answers, lowest experienced score first, then in the survey's order
 */
public record ResponseRecorded(
        long responseId,
        long accountId,
        Long contactId,
        Long touchPointId,
        Integer nps,
        String comment,
        Instant respondedAt,
        List<Answer> answers,
        FollowUp followUp) {

    public ResponseRecorded {
        answers = List.copyOf(answers);
    }

    /**
     * One item's answer with what it is about: the item's cue (id and name) and touch point (the item's
     * own, else the response's); expected and experienced on 1-7.
     */
    public record Answer(long itemId, long cueId, String cueName, Long touchPointId, int expected, int experienced) {}

    /** What listeners did about the response, for the one who recorded it: the issues it is evidence of. */
    public static final class FollowUp {

        private final LinkedHashSet<Long> issueIds = new LinkedHashSet<>();

        /** Reports issues the response raised, attached to or verified (each once, first report first). */
        public void issues(List<Long> ids) {
            issueIds.addAll(ids);
        }

        /** The issues reported, in the order they were first reported. */
        public List<Long> issueIds() {
            return new ArrayList<>(issueIds);
        }
    }
}
