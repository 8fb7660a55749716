package cx.touchpoint.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Theme discovery on comments in five known groups, written so that a group shares few words: purity (the share
 * of clustered comments in their cluster's majority group) and how many groups are found.
 */
class ClusteringPurityTest {

    @Test
    void fiveKnownGroupsComeBackAsFivePureThemes() {
        List<String> texts = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        CommentFixture.GROUPS.forEach((group, comments) -> comments.forEach(c -> {
            texts.add(c);
            truth.add(group);
        }));
        float[][] vectors = SentenceEmbeddings.embed(texts);
        var groups = Clustering.groups(List.of(vectors));

        int clustered = 0;
        int majority = 0;
        for (var g : groups) {
            Map<String, Integer> counts = new HashMap<>();
            g.members().forEach(i -> counts.merge(truth.get(i), 1, Integer::sum));
            majority +=
                    counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            clustered += g.members().size();
        }
        double purity = (double) majority / clustered;
        System.out.printf(
                "Clustering: %d groups, purity %.3f, %d of %d comments clustered%n",
                groups.size(), purity, clustered, texts.size());
        assertThat(groups).hasSize(5);
        assertThat(purity).isGreaterThanOrEqualTo(0.9);
        assertThat(clustered)
                .as("comments clustered; the rest stay \"not yet themed\"")
                .isGreaterThanOrEqualTo(35);
    }

    @Test
    void distinctiveWordsNameTheGroups() {
        var words = ThemeLabels.distinctive(
                List.of(CommentFixture.GROUPS.get("invoice"), CommentFixture.GROUPS.get("delivery")));
        assertThat(words.get(0)).contains("invoice");
        assertThat(words.get(1)).doesNotContain("invoice");
    }
}
