package cx.touchpoint.theme;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The UCI "Sentiment Labelled Sentences" (3,000, see src/test/resources/sentiment/README.md), shuffled with a
 * fixed seed: the first 80 % train the sentiment model, the last 20 % measure it.
 */
record LabelledSentences(List<Sentence> training, List<Sentence> heldOut) {

    record Sentence(String text, int positive) {}

    static LabelledSentences load() {
        List<Sentence> all = new ArrayList<>();
        for (String source : List.of("amazon", "imdb", "yelp")) {
            try (var in = LabelledSentences.class.getResourceAsStream("/sentiment/" + source + ".json")) {
                List<java.util.Map<String, Object>> rows = new ObjectMapper().readValue(in, new TypeReference<>() {});
                rows.stream() // each file ends with an empty, unlabelled row
                        .filter(r -> r.get("class") != null)
                        .forEach(r -> all.add(new Sentence(((String) r.get("text")).trim(), (Integer) r.get("class"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        all.removeIf(s -> s.text().isBlank());
        Collections.shuffle(all, new Random(20150810L));
        int cut = all.size() * 4 / 5;
        return new LabelledSentences(all.subList(0, cut), all.subList(cut, all.size()));
    }
}
