package cx.touchpoint.survey;

import java.util.List;

/**
 * The answer page's form as the customer sent it, every value as typed or chosen (blank = not
 * given). {@link CustomerLinks#respond(String, AnswerSheet)} reads it with the survey's rules and
 * names each problem by its field ({@link NewResponse.Answer#field}, {@link NewResponse#NPS_FIELD},
 * {@link NewResponse#COMMENT_FIELD}).
 */
public record AnswerSheet(List<Item> items, String nps, String comment) {

    public AnswerSheet {
        items = items == null ? List.of() : List.copyOf(items);
        nps = nps == null ? "" : nps.strip();
        comment = comment == null ? "" : comment;
    }

    /** One question's fields: scores 1-7 and, for an item linked to a standard, values in its unit. */
    public record Item(long itemId, String expected, String experienced, String expectedValue, String perceivedValue) {

        public Item {
            expected = expected == null ? "" : expected.strip();
            experienced = experienced == null ? "" : experienced.strip();
            expectedValue = expectedValue == null ? "" : expectedValue.strip();
            perceivedValue = perceivedValue == null ? "" : perceivedValue.strip();
        }

        boolean blank() {
            return expected.isEmpty() && experienced.isEmpty() && expectedValue.isEmpty() && perceivedValue.isEmpty();
        }
    }
}
