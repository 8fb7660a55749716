package cx.touchpoint.insight;

import java.util.List;

/**
 * The sufficient statistics of a linear regression: n, Σx and Σxxᵀ over the complete responses, for the
 * predictors (the cues' experienced scores, in {@code predictors}' order) and the outcome (last). Ordinary
 * least squares and its R² for any subset of predictors follow from them alone, so the summaries keep
 * these instead of the answers.
 *
 * @param n complete responses
 * @param predictors the predictors' names (the cues), k of them
 * @param sums Σ of each variable: k predictors, then the outcome
 * @param products Σ of each product of two variables, (k+1)×(k+1), symmetric
 */
public record Moments(long n, List<String> predictors, double[] sums, double[][] products) {

    public Moments {
        predictors = List.copyOf(predictors);
        int size = predictors.size() + 1;
        if (sums.length != size || products.length != size) {
            throw new IllegalArgumentException("Moments need " + size + " sums and a " + size + "×" + size
                    + " matrix of products for " + predictors.size() + " predictors and the outcome");
        }
    }

    /** The sample covariance (n − 1 in the denominator) of variables i and j (k = the outcome). */
    double covariance(int i, int j) {
        return (products[i][j] - sums[i] * sums[j] / n) / (n - 1);
    }

    /** The mean of variable i. */
    double mean(int i) {
        return sums[i] / n;
    }

    int outcome() {
        return predictors.size();
    }

    /**
     * The same responses with the outcome replaced by the mean of the predictors (a response's summary
     * experience score when it answers one item per cue): a linear combination, so its sums and products
     * follow from the predictors' own.
     */
    public Moments withOutcomeMeanOfPredictors() {
        int k = predictors.size();
        double[] weights = new double[k + 1];
        for (int i = 0; i < k; i++) {
            weights[i] = 1.0 / k;
        }
        double[] newSums = sums.clone();
        double[][] newProducts = new double[k + 1][];
        for (int i = 0; i <= k; i++) {
            newProducts[i] = products[i].clone();
        }
        newSums[k] = dot(weights, sums);
        for (int i = 0; i < k; i++) {
            double value = 0;
            for (int j = 0; j < k; j++) {
                value += weights[j] * products[i][j];
            }
            newProducts[i][k] = value;
            newProducts[k][i] = value;
        }
        double outcome = 0;
        for (int i = 0; i < k; i++) {
            outcome += weights[i] * newProducts[i][k];
        }
        newProducts[k][k] = outcome;
        return new Moments(n, predictors, newSums, newProducts);
    }

    private static double dot(double[] a, double[] b) {
        double value = 0;
        for (int i = 0; i < a.length; i++) {
            value += a[i] * b[i];
        }
        return value;
    }
}
