package cx.touchpoint.theme;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * What of a comment is analysed: HTML-looking text reduced to its words (the comment itself is stored and shown
 * as the customer wrote it, as plain text), white space collapsed. A comment without two letters in a row (only
 * emoji, digits or punctuation) has no words to analyse.
 */
final class CommentText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private CommentText() {}

    static String analysable(String comment) {
        String text = TAG.matcher(comment).find() ? Jsoup.parse(comment).text() : comment;
        return SPACE.matcher(text).replaceAll(" ").trim();
    }

    static boolean hasWords(String text) {
        return WORD.matcher(text).find();
    }
}
