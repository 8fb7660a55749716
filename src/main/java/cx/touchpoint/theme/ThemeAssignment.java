package cx.touchpoint.theme;

import java.util.List;

/**
 * Which active theme a comment belongs to: the one whose centroid is most similar to the comment's embedding,
 * when the cosine similarity reaches {@link #THRESHOLD}; otherwise none ("not yet themed").
 */
final class ThemeAssignment {

    /**
     * The least cosine similarity to a theme's centroid for a comment to join it. all-MiniLM-L6-v2 puts
     * paraphrases of one complaint at 0.5-0.8 from their centroid and unrelated ones below 0.3 (measured on the
     * demo and the test fixture; docs/THEMES.md).
     */
    static final double THRESHOLD = 0.45;

    record Nearest(ThemeVector theme, double similarity) {
        Long themeId() {
            return theme == null ? null : theme.id();
        }

        Double similarityOrNull() {
            return theme == null ? null : similarity;
        }
    }

    private ThemeAssignment() {}

    static Nearest nearest(float[] embedding, List<ThemeVector> themes) {
        ThemeVector best = null;
        double most = -2;
        for (ThemeVector theme : themes) {
            double similarity = Vectors.cosine(embedding, theme.centroid());
            if (similarity > most) {
                most = similarity;
                best = theme;
            }
        }
        return most >= THRESHOLD ? new Nearest(best, most) : new Nearest(null, most);
    }
}
