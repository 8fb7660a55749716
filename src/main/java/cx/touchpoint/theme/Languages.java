package cx.touchpoint.theme;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which language a comment is in, by its most frequent function words (a stop-word count, enough for the
 * sentences customers write; no library needed). Only English is analysed: the sentence model and the sentiment
 * classifier were trained on English. A text with no function word of any language is taken as English unless
 * it has German letters (ä, ö, ü, ß).
 */
final class Languages {

    /** The languages comments are analysed in. */
    static final Set<String> ANALYSED = Set.of("en");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern GERMAN_LETTERS = Pattern.compile("[äöüß]");

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put(
                "en",
                Set.of(
                        "the", "and", "is", "are", "was", "were", "not", "with", "for", "to", "of", "in", "on", "it",
                        "this", "that", "we", "our", "us", "they", "very", "but", "have", "has", "been", "be", "at",
                        "by", "from", "too", "again", "always", "never", "you", "your", "my", "i", "no"));
        FUNCTION_WORDS.put(
                "de",
                Set.of(
                        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "zu", "von", "wir", "sie",
                        "es", "auf", "für", "den", "dem", "im", "sehr", "aber", "auch", "noch", "immer", "wieder",
                        "uns", "unsere", "unser", "wird", "werden", "war", "sind", "haben", "hat", "kein", "keine",
                        "nach", "bei", "aus", "wie", "schon", "nur", "oder", "ich", "ihr", "ihre"));
        FUNCTION_WORDS.put(
                "fr",
                Set.of(
                        "le", "la", "les", "et", "est", "pas", "un", "une", "des", "du", "avec", "pour", "nous", "vous",
                        "très", "mais", "sur", "dans", "que", "qui", "ce", "cette", "sont", "ont"));
        FUNCTION_WORDS.put(
                "es",
                Set.of(
                        "el", "los", "las", "y", "es", "un", "una", "con", "para", "por", "muy", "pero", "que", "del",
                        "se", "nos", "su", "está", "son"));
        FUNCTION_WORDS.put(
                "nl",
                Set.of(
                        "het", "een", "en", "niet", "met", "voor", "ook", "maar", "van", "wij", "zijn", "geen", "wordt",
                        "heeft", "onze"));
        FUNCTION_WORDS.put(
                "it",
                Set.of("il", "lo", "gli", "è", "non", "con", "per", "molto", "ma", "che", "della", "sono", "nostro"));
    }

    private Languages() {}

    /** The ISO 639-1 code of the text's language. */
    static String detect(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, Integer> hits = new LinkedHashMap<>();
        var words = WORD.matcher(lower);
        while (words.find()) {
            String word = words.group();
            FUNCTION_WORDS.forEach((language, list) -> {
                if (list.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        int english = hits.getOrDefault("en", 0);
        String best = "en";
        int most = english;
        for (var entry : hits.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        if (most == 0 && GERMAN_LETTERS.matcher(lower).find()) {
            return "de";
        }
        return best;
    }

    /** The language's English name, e.g. "German" for "de". */
    static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
