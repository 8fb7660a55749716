package cx.touchpoint.survey;

import java.util.regex.Pattern;

/**
 * How long a survey is, as the invitation mail and the answer page say it: the questions actually
 * asked (after the customer removed some from the draft) and the minutes they take. The one
 * definition of both texts; an introduction says {@value #QUESTIONS} and {@value #MINUTES} instead
 * of a number, and {@link #fill} puts the counts in.
 *
 * @param questions the questions asked, at least 0
 * @param minutes the minutes it takes, at least 1: three questions a minute, rounded up
 */
public record SurveyLength(int questions, int minutes) {

    /** Placeholder in an introduction for the number of questions asked. */
    public static final String QUESTIONS = "{questions}";

    /** Placeholder in an introduction for the minutes the survey takes. */
    public static final String MINUTES = "{minutes}";

    private static final int QUESTIONS_PER_MINUTE = 3;

    /** A count of questions or minutes written as a number or a number word ("Six questions", "2 minutes"). */
    private static final Pattern LITERAL_COUNT = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of)\\s+"
                    + "(\\p{L}+\\s+)?(questions?|minutes?|mins?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The length of a survey that asks {@code questions} questions. */
    public static SurveyLength of(int questions) {
        if (questions < 0) {
            throw new IllegalArgumentException("questions must be 0 or more, was " + questions);
        }
        return new SurveyLength(questions, Math.max(1, (questions + QUESTIONS_PER_MINUTE - 1) / QUESTIONS_PER_MINUTE));
    }

    /** "5 questions, about 2 minutes"; "1 question, about 1 minute". */
    public String text() {
        return questionsText() + ", about " + minutesText();
    }

    /** "5 questions", "1 question". */
    public String questionsText() {
        return questions + (questions == 1 ? " question" : " questions");
    }

    /** "2 minutes", "1 minute". */
    public String minutesText() {
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** The introduction with {@value #QUESTIONS} and {@value #MINUTES} replaced by this length's counts. */
    public String fill(String introduction) {
        if (introduction == null) {
            return "";
        }
        return introduction.replace(QUESTIONS, questionsText()).replace(MINUTES, minutesText());
    }

    /**
     * The first count of questions or minutes an introduction states as a number ("Six questions",
     * "takes 2 minutes"), which would be wrong once the customer removes a question; empty when none.
     */
    public static String literalCount(String introduction) {
        if (introduction == null) {
            return "";
        }
        var m = LITERAL_COUNT.matcher(introduction);
        return m.find() ? m.group() : "";
    }
}
