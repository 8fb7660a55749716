package cx.touchpoint.survey;

import java.util.List;

/**
 * The pre-distribution draft as the customer contact sees it through the shared link: the questions,
 * which are kept, the tone and their note. Only {@code state} is set unless it is OPEN.
 */
public record DraftReview(
        LinkState state,
        String company,
        String survey,
        String reviewer,
        String executive,
        List<PreparationDetail.ItemChoice> items,
        Tone tone,
        String note,
        boolean approved) {

    public static final int NOTE_MAX = 2000;

    static DraftReview closed(LinkState state) {
        return new DraftReview(state, "", "", "", "", List.of(), Tone.NEUTRAL, "", false);
    }
}
