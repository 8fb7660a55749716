package cx.touchpoint.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A response as another system delivers it (CSV import, the REST API): everything by name. The account
 * by its external id, the contact by email (optional), the pattern ({@code PAST}, {@code PRESENT},
 * {@code POTENTIAL}), the touch point by its code (required for {@code PAST}), each answer's perception
 * cue by name or code (case-insensitive). {@code sourceId} is the response's id in its source (a re-
 * import of the same id stores nothing); {@code templateId} null = the pattern's active template.
 */
public record ExternalResponse(
        String sourceId,
        String accountExternalId,
        String contactEmail,
        String pattern,
        String touchPoint,
        Instant submittedAt,
        Integer nps,
        String comment,
        Long templateId,
        List<Answer> answers) {

    public static final int SOURCE_ID_MAX = 200;

    public ExternalResponse {
        // a null answer stays in the list (as null) so the checks name it, answers[i], instead of failing here
        answers = answers == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
        comment = comment == null ? "" : comment.strip();
        sourceId = blankToNull(sourceId);
        accountExternalId = blankToNull(accountExternalId);
        contactEmail = blankToNull(contactEmail);
        pattern = blankToNull(pattern);
        touchPoint = blankToNull(touchPoint);
    }

    /** One item's answer, by the item's perception cue: expected and experienced on 1-7, optional values. */
    public record Answer(
            String cue, Integer expected, Integer experienced, BigDecimal expectedValue, BigDecimal perceivedValue) {}

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
