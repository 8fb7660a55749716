package cx.touchpoint.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words most distinctive of each group of comments: class-based TF-IDF (c-TF-IDF, Grootendorst 2022,
 * BERTopic): a word's frequency in the group times {@code log(1 + A / f)}, where A is the average number of
 * words per group and f the word's frequency over all groups. Words are lower-cased, plurals folded
 * (deliveries → delivery, invoices → invoice), function words left out.
 */
final class ThemeLabels {

    static final int WORDS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]+");
    private static final Set<String> STOP = Set.of(
            "the", "and", "is", "are", "was", "were", "not", "with", "for", "to", "of", "in", "on", "it", "this",
            "that", "we", "our", "us", "they", "very", "but", "have", "has", "been", "be", "at", "by", "from", "too",
            "again", "always", "never", "you", "your", "my", "no", "yes", "their", "them", "there", "what", "when",
            "which", "would", "could", "should", "about", "after", "before", "because", "just", "than", "then", "only",
            "also", "more", "most", "some", "any", "all", "one", "two", "get", "got", "can", "will", "had", "did",
            "does", "its", "it's", "don't", "didn't", "isn't", "doesn't", "wasn't", "being", "really", "still", "even",
            "much", "many", "every", "each", "other", "since", "into", "out", "over", "now", "who", "how", "why",
            "where", "here", "these", "those", "such", "same", "so", "an", "as", "or", "if", "do", "done", "per", "up",
            "off", "while", "we're", "i'm", "you're", "they're", "let", "lets", "made", "make", "keep", "keeps", "time",
            "times", "thank", "thanks", "please", "well", "good", "great");

    private ThemeLabels() {}

    /** The {@link #WORDS} most distinctive words of each group, in the groups' order. */
    static List<List<String>> distinctive(List<List<String>> groups) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> overall = new HashMap<>();
        long words = 0;
        for (List<String> texts : groups) {
            Map<String, Integer> count = new HashMap<>();
            for (String text : texts) {
                for (String word : words(text)) {
                    count.merge(word, 1, Integer::sum);
                    overall.merge(word, 1, Integer::sum);
                    words++;
                }
            }
            counts.add(count);
        }
        double average = groups.isEmpty() ? 1 : (double) words / groups.size();
        List<List<String>> labels = new ArrayList<>();
        for (Map<String, Integer> count : counts) {
            int total = Math.max(
                    1, count.values().stream().mapToInt(Integer::intValue).sum());
            labels.add(count.entrySet().stream()
                    .filter(e -> e.getValue() >= 2 || count.size() < 20)
                    .sorted((a, b) -> Double.compare(
                            score(b.getValue(), total, average, overall.get(b.getKey())),
                            score(a.getValue(), total, average, overall.get(a.getKey()))))
                    .limit(WORDS)
                    .map(Map.Entry::getKey)
                    .toList());
        }
        return labels;
    }

    private static double score(int inGroup, int groupWords, double average, int overall) {
        return (double) inGroup / groupWords * Math.log(1 + average / overall);
    }

    /** A first name for a theme from its words: the first three, e.g. "battery · shift · charge". */
    static String name(List<String> words) {
        return words.isEmpty() ? "Unnamed theme" : String.join(" · ", words.subList(0, Math.min(3, words.size())));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = fold(m.group().replaceAll("^'+|'+$", ""));
            if (word.length() >= 3 && !STOP.contains(word) && !STOP.contains(m.group())) {
                words.add(word);
            }
        }
        return words;
    }

    /** A light plural fold: batteries → battery, invoices → invoice; "business", "status" stay. */
    static String fold(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
