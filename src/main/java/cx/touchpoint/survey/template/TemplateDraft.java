package cx.touchpoint.survey.template;

import cx.touchpoint.survey.SurveyPattern;
import java.util.List;

/**
 * A survey template as the admin edits it. A transaction (PAST) template names its touch point.
 *
 * @param items in the order asked; at most {@link #ITEMS_MAX}, a warning above {@link #ITEMS_WARNING}
 */
public record TemplateDraft(
        String name,
        SurveyPattern pattern,
        Long touchPointId,
        String introduction,
        boolean asksNps,
        boolean asksComment,
        List<Item> items) {

    public static final int NAME_MAX = 120;
    public static final int QUESTION_MIN = 5;
    public static final int QUESTION_MAX = 300;
    public static final int ITEMS_MAX = 25;
    /** Above this many items a survey risks becoming a bad experience itself (DOMAIN.md § Contact policy). */
    public static final int ITEMS_WARNING = 12;

    public TemplateDraft {
        name = name == null ? "" : name.strip();
        introduction = introduction == null ? "" : introduction.strip();
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The template in words, as the audit log keeps it: its kind, what it asks and its questions in order. */
    public String describe() {
        var text = new StringBuilder(pattern == null ? "no kind" : pattern.label());
        text.append(asksNps ? " · asks likelihood to recommend" : "")
                .append(asksComment ? " · asks for a comment" : "")
                .append(" · ")
                .append(items.size())
                .append(items.size() == 1 ? " question: " : " questions: ");
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "; ")
                    .append(i + 1)
                    .append(". ")
                    .append(items.get(i).question());
        }
        return text.toString();
    }

    /** One question: its perception cue, optional touch point and linked service standard. */
    public record Item(long cueId, Long touchPointId, Long standardId, String question) {

        public Item {
            question = question == null ? "" : question.strip();
        }
    }
}
