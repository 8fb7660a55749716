package cx.touchpoint.theme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sentiment as a logistic regression over the sentence embedding: {@code p = sigmoid(w·x + b)}, the score
 * {@code 2p - 1} from -1 to +1. The 385 numbers were fitted on 80 % of the UCI "Sentiment Labelled Sentences"
 * (Kotzias et al. 2015; Amazon, Yelp and IMDb, 3,000 sentences, as shipped by the npm package {@code
 * sentiment} 5.0.2) by {@code SentimentTraining} in the tests; docs/THEMES.md has the held-out accuracy.
 */
final class SentimentModel {

    static final String WEIGHTS = "/cx/touchpoint/theme/sentiment-weights.txt";

    private final double[] weights;
    private final double bias;

    SentimentModel(double[] weights, double bias) {
        if (weights.length != SentenceEmbeddings.DIMENSIONS) {
            throw new IllegalArgumentException("Expected " + SentenceEmbeddings.DIMENSIONS + " weights");
        }
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** The model shipped with Touchpoint: the first line the bias, then one weight per line. */
    static SentimentModel shipped() {
        try (var in = SentimentModel.class.getResourceAsStream(WEIGHTS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + WEIGHTS);
            }
            double[] numbers = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            return new SentimentModel(Arrays.copyOfRange(numbers, 1, numbers.length), numbers[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The score of a unit embedding, -1 (negative) to +1 (positive). */
    double score(float[] embedding) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * embedding[i];
        }
        return 2 / (1 + Math.exp(-z)) - 1;
    }
}
