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

    /** The form's field names, in a refusal's problems too. */
    public static final String KEEP_FIELD = "keep";

    public static final String TONE_FIELD = "tone";
    public static final String NOTE_FIELD = "note";

    /** The length of the survey with the questions kept now. */
    public SurveyLength length() {
        return SurveyLength.of(
                (int) items.stream().filter(PreparationDetail.ItemChoice::kept).count());
    }

    static DraftReview closed(LinkState state) {
        return new DraftReview(state, "", "", "", "", List.of(), Tone.NEUTRAL, "", false);
    }
}
