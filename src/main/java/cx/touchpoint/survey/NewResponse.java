package cx.touchpoint.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A survey response as any channel delivers it. {@code respondedAt} null = now; {@code touchPointId}
 * null = the template's touch point.
 */
public record NewResponse(
        long templateId,
        long accountId,
        Long contactId,
        Long waveId,
        Long invitationId,
        Long touchPointId,
        Channel channel,
        Integer nps,
        String comment,
        Instant respondedAt,
        List<Answer> answers) {

    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 7;
    public static final int NPS_MIN = 0;
    public static final int NPS_MAX = 10;
    public static final int COMMENT_MAX = 4000;

    /** The field name of the likelihood to recommend, in forms and in a refusal's problems. */
    public static final String NPS_FIELD = "nps";

    /** The field name of the comment, in forms and in a refusal's problems. */
    public static final String COMMENT_FIELD = "comment";

    public NewResponse {
        answers = answers == null ? List.of() : List.copyOf(answers);
        comment = comment == null ? "" : comment.trim();
    }

    /** How the response reached us. */
    public enum Channel {
        SURVEY_LINK,
        IMPORT,
        API,
        MANUAL
    }

    /** One item's answer: expected and experienced on 1-7, optional values in the standard's unit. */
    public record Answer(
            long itemId, int expected, int experienced, BigDecimal expectedValue, BigDecimal perceivedValue) {

        public Answer(long itemId, int expected, int experienced) {
            this(itemId, expected, experienced, null, null);
        }

        /**
         * The field name of one part of an item's answer, in forms and in a refusal's problems, e.g.
         * {@code item.12.expected}; {@code part} null names the item's answer as a whole ({@code item.12}).
         */
        public static String field(long itemId, Part part) {
            return "item." + itemId + (part == null ? "" : "." + part.key);
        }

        /** The parts of an item's answer. */
        public enum Part {
            EXPECTED("expected"),
            EXPERIENCED("experienced"),
            EXPECTED_VALUE("expectedValue"),
            PERCEIVED_VALUE("perceivedValue");

            private final String key;

            Part(String key) {
                this.key = key;
            }
        }
    }
}
