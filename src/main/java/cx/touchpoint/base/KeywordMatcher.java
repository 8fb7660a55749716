package cx.touchpoint.base;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a text contains a keyword, defined once for the routing rules, the routing-rule tester and
 * complaint detection, so what an admin tests is what happens.
 *
 * <p>The syntax ({@link #SYNTAX}):
 *
 * <ul>
 *   <li>{@code late} matches the whole word only: "Late", "LATE", "late." but not "later" or "latest";
 *   <li>{@code deliver*} — a trailing {@code *} asks for a prefix: "deliver", "delivery", "delivered";
 *   <li>{@code never again} — several words match as a phrase, any spaces between them.
 * </ul>
 *
 * Case is ignored in every language ("MÜLLER" finds {@code müller}, "ΣΕΡΒΙΣ" finds {@code σερβις});
 * accents are not ("cafe" does not find "café"). Text and keyword are compared in Unicode NFC, so a
 * composed and a decomposed "é" are the same letter. A word is a run of letters, combining marks and
 * digits; in scripts written without spaces between words (Chinese, Japanese, Thai, ...) a keyword
 * matches anywhere, as there is no word boundary to look for.
 */
public final class KeywordMatcher {

    /** The syntax in one sentence, for the admin forms' helper text. */
    public static final String SYNTAX = "Whole words, any case: \"late\" finds \"Late\" but not \"later\"."
            + " End a word with * for its beginning: \"deliver*\" finds delivery, delivered.";

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 60;

    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private KeywordMatcher() {}

    /** The keyword as stored: trimmed, single-spaced, lower-case (locale-neutral), NFC. */
    public static String normalise(String keyword) {
        return nfc(SPACES.matcher(keyword.trim()).replaceAll(" ")).toLowerCase(Locale.ROOT);
    }

    /**
     * What is wrong with a keyword as an admin typed it, or empty when it is fine: 2 to 60
     * characters, and {@code *} only at the end of the keyword.
     */
    public static Optional<String> problem(String keyword) {
        String k = normalise(keyword);
        if (k.length() < MIN_LENGTH || k.length() > MAX_LENGTH) {
            return Optional.of("Keyword \"" + k + "\": " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        return syntaxProblem(k);
    }

    /** What is wrong with the keyword's use of {@code *} (only at its end, straight after a word), if anything. */
    public static Optional<String> syntaxProblem(String keyword) {
        String k = normalise(keyword);
        String word = k.endsWith("*") ? k.substring(0, k.length() - 1) : k;
        if (word.contains("*")) {
            return Optional.of("Keyword \"" + k + "\": * may only end a keyword, as in \"deliver*\".");
        }
        if (k.endsWith("*") && (word.isBlank() || word.endsWith(" "))) {
            return Optional.of("Keyword \"" + k + "\": put * straight after a word, as in \"deliver*\".");
        }
        return Optional.empty();
    }

    /** Whether {@code text} contains {@code keyword} (see the class comment); a null text contains nothing. */
    public static boolean matches(String text, String keyword) {
        return text != null
                && !keyword.isBlank()
                && COMPILED.computeIfAbsent(normalise(keyword), KeywordMatcher::compile)
                        .matcher(nfc(text))
                        .find();
    }

    /** The first of {@code keywords}, in list order, that {@code text} contains. */
    public static Optional<String> firstMatch(String text, List<String> keywords) {
        return keywords.stream().filter(k -> matches(text, k)).findFirst();
    }

    private static Pattern compile(String keyword) {
        boolean prefix = keyword.endsWith("*");
        String word = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
        var regex = new StringBuilder();
        if (spaced(word.codePointAt(0))) {
            regex.append("(?<!").append(WORD_CHAR).append(')');
        }
        String[] parts = SPACES.split(word);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
        }
        if (!prefix && spaced(word.codePointBefore(word.length()))) {
            regex.append("(?!").append(WORD_CHAR).append(')');
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether the script of this character separates words with spaces (Latin, Greek, Cyrillic, Arabic, ...). */
    private static boolean spaced(int codePoint) {
        return switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
            default -> true;
        };
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
