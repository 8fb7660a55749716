package cx.touchpoint.survey;

import java.util.List;

/**
 * The public response page's content for an open link: only the items the customer kept, in the
 * approved tone, the introduction's counts ({@link SurveyLength#fill}) those of the questions kept.
 * Only {@code state} is set unless it is OPEN.
 */
public record ResponseForm(
        LinkState state,
        String survey,
        String introduction,
        String greeting,
        Tone tone,
        List<Question> questions,
        boolean asksNps,
        boolean asksComment) {

    /** One item: asks expected and experienced on 1-7; {@code unit} set when linked to a standard. */
    public record Question(long itemId, String cue, String text, String unit) {}

    /** The length of the survey as asked: the questions the customer kept. */
    public SurveyLength length() {
        return SurveyLength.of(questions.size());
    }

    static ResponseForm closed(LinkState state) {
        return new ResponseForm(state, "", "", "", Tone.NEUTRAL, List.of(), false, false);
    }
}
