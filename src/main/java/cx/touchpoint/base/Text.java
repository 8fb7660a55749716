package cx.touchpoint.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortening text, defined once: every title, excerpt and preview the product cuts goes through here. */
public final class Text {

    /** What replaces the cut-off end. */
    public static final String ELLIPSIS = "…";

    /**
     * One user-perceived character (an extended grapheme cluster, Unicode TR 29): a letter with its
     * accents, a flag, an emoji with its skin-tone modifier or a whole ZWJ family.
     */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private Text() {}

    /**
     * {@code text} unchanged if it has at most {@code maxChars} characters, otherwise its longest start
     * of whole grapheme clusters that, with a trailing "…", fits in {@code maxChars}: never half an
     * emoji (a lone surrogate is stored as "?"), never a letter without its accent. Trailing spaces
     * before the "…" are dropped.
     *
     * @param text the text; {@code null} reads as ""
     * @param maxChars the most UTF-16 chars ({@link String#length()}) the result may have, at least 1;
     *     a database column of that many characters always holds it
     * @return the text or its shortened form, never longer than {@code maxChars}
     * @throws IllegalArgumentException if {@code maxChars} is below 1
     */
    public static String shorten(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        if (text == null) {
            return "";
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int budget = maxChars - ELLIPSIS.length();
        int end = 0;
        Matcher grapheme = GRAPHEME.matcher(text);
        while (grapheme.find() && grapheme.end() <= budget) {
            end = grapheme.end();
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
