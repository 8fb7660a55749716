package cx.touchpoint.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the sentiment model (logistic regression on the sentence embeddings, L2-regularised, full-batch
 * gradient descent) on the training 80 % of {@link LabelledSentences} and writes the weights Touchpoint ships.
 * Run by hand from the project directory after changing the model or the data:
 * {@code java -cp target/classes:target/test-classes:<runtime classpath> cx.touchpoint.theme.SentimentTraining}.
 */
public final class SentimentTraining {

    static final double L2 = 1e-3;
    static final double LEARNING_RATE = 2.0;
    static final int EPOCHS = 3000;

    private SentimentTraining() {}

    public static void main(String[] args) throws IOException {
        var data = LabelledSentences.load();
        long started = System.nanoTime();
        float[][] x = SentenceEmbeddings.embed(
                data.training().stream().map(LabelledSentences.Sentence::text).toList());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT, "embedded %d sentences in %.1f s (%.0f/s)%n", x.length, seconds, x.length / seconds);
        int[] y = data.training().stream()
                .mapToInt(LabelledSentences.Sentence::positive)
                .toArray();
        double[] w = new double[SentenceEmbeddings.DIMENSIONS + 1]; // w[0] is the bias
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] gradient = new double[w.length];
            for (int i = 0; i < x.length; i++) {
                double z = w[0];
                for (int d = 0; d < x[i].length; d++) {
                    z += w[d + 1] * x[i][d];
                }
                double error = 1 / (1 + Math.exp(-z)) - y[i];
                gradient[0] += error;
                for (int d = 0; d < x[i].length; d++) {
                    gradient[d + 1] += error * x[i][d];
                }
            }
            for (int d = 0; d < w.length; d++) {
                double penalty = d == 0 ? 0 : L2 * w[d];
                w[d] -= LEARNING_RATE * (gradient[d] / x.length + penalty);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Logistic regression over all-MiniLM-L6-v2 (quantized) sentence embeddings; bias first, then 384"
                + " weights.");
        lines.add("# Fitted by cx.touchpoint.theme.SentimentTraining on " + x.length
                + " UCI Sentiment Labelled Sentences (L2 " + L2 + ", " + EPOCHS + " epochs).");
        for (double v : w) {
            lines.add(String.format(Locale.ROOT, "%.6f", v));
        }
        Path out = Path.of("src/main/resources" + SentimentModel.WEIGHTS);
        Files.write(out, lines);
        var model = new SentimentModel(java.util.Arrays.copyOfRange(w, 1, w.length), w[0]);
        int right = 0;
        float[][] held = SentenceEmbeddings.embed(
                data.heldOut().stream().map(LabelledSentences.Sentence::text).toList());
        for (int i = 0; i < held.length; i++) {
            if ((model.score(held[i]) > 0 ? 1 : 0) == data.heldOut().get(i).positive()) {
                right++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "held-out accuracy %.3f (%d of %d); wrote %s%n",
                right / (double) held.length,
                right,
                held.length,
                out);
    }
}
