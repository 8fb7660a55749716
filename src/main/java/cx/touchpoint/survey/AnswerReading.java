package cx.touchpoint.survey;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.survey.NewResponse.Answer.Part;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@link AnswerSheet} into answers, collecting every problem with its field; questions are
 * named as the answer page numbers them ("question 2"), never by their ids.
 */
final class AnswerReading {

    private static final Pattern ITEM = Pattern.compile("(?:item|question) #(\\d+)");

    private final Map<Long, Integer> numbers = new HashMap<>();
    private final List<InvalidInput.Problem> problems = new ArrayList<>();

    /** @param order the items asked, in the page's order */
    AnswerReading(List<Long> order) {
        for (int n = 0; n < order.size(); n++) {
            numbers.put(order.get(n), n + 1);
        }
    }

    List<NewResponse.Answer> answers(AnswerSheet sheet) {
        List<NewResponse.Answer> answers = new ArrayList<>();
        for (var item : sheet.items()) {
            if (item.blank()) {
                continue;
            }
            String question = question(item.itemId());
            Integer expected = whole(item.expected(), item.itemId(), Part.EXPECTED, "What you expected");
            Integer experienced = whole(item.experienced(), item.itemId(), Part.EXPERIENCED, "What you experienced");
            BigDecimal expectedValue = decimal(item.expectedValue(), item.itemId(), Part.EXPECTED_VALUE);
            BigDecimal perceivedValue = decimal(item.perceivedValue(), item.itemId(), Part.PERCEIVED_VALUE);
            if (item.expected().isEmpty() || item.experienced().isEmpty()) {
                problems.add(new InvalidInput.Problem(
                        NewResponse.Answer.field(item.itemId(), null),
                        capitalised(question) + ": choose both what you expected and what you experienced"
                                + (item.expected().isEmpty()
                                                && item.experienced().isEmpty()
                                        ? " (a value alone is not an answer)"
                                        : "")));
            } else if (expected != null && experienced != null) {
                answers.add(
                        new NewResponse.Answer(item.itemId(), expected, experienced, expectedValue, perceivedValue));
            }
        }
        return answers;
    }

    Integer nps(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new InvalidInput.Problem(
                    NewResponse.NPS_FIELD,
                    "Choose a number from " + NewResponse.NPS_MIN + " to " + NewResponse.NPS_MAX));
            return null;
        }
    }

    void throwIfRefused() {
        if (!problems.isEmpty()) {
            throw InvalidResponseException.of(problems);
        }
    }

    /** A message of the response service in the customer's words: "item #12" becomes "question 2". */
    String inCustomerWords(String message) {
        Matcher m = ITEM.matcher(message);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(question(Long.parseLong(m.group(1)))));
        }
        m.appendTail(out);
        return capitalised(out.toString());
    }

    private String question(long itemId) {
        Integer n = numbers.get(itemId);
        return n == null ? "a question not in this survey" : "question " + n;
    }

    private Integer whole(String text, long itemId, Part part, String label) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new InvalidInput.Problem(
                    NewResponse.Answer.field(itemId, part),
                    label + ": choose a number from " + NewResponse.SCORE_MIN + " to " + NewResponse.SCORE_MAX));
            return null;
        }
    }

    private BigDecimal decimal(String text, long itemId, Part part) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new InvalidInput.Problem(
                    NewResponse.Answer.field(itemId, part),
                    "\"" + text + "\" is not a number: write it like 4 or 2.5"));
            return null;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
