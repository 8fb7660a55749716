package cx.touchpoint.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Key drivers by relative importance: ordinary least squares of the outcome on the predictors, and R²
 * decomposed over them by the Shapley value (Lindeman, Merenda &amp; Gold 1980, "LMG"; general dominance,
 * Budescu 1993; Grömping 2006 "Relative importance for linear regression in R: the package relaimpo"): a
 * predictor's share is its increase of R² averaged over every order in which predictors can enter, computed
 * exactly over all 2ᵏ subsets from the covariance matrix (R²(T) = s_yTᵀ S_TT⁻¹ s_Ty / s_yy).
 */
public final class ShapleyRegression {

    /** Below this a variance counts as none (scores are 1-7, so real variances are far larger). */
    private static final double NO_VARIANCE = 1e-10;

    private ShapleyRegression() {}

    /**
     * The drivers of {@code moments}' outcome.
     *
     * @param minResponses below it: {@link DriverAnalysis.Status#TOO_FEW}, "not enough responses to say"
     * @param outcomeName the outcome in words, for the message when it has no variance
     * @return never throws for data: no variance or a singular model is a status with a message
     */
    public static DriverAnalysis analyse(Moments moments, int minResponses, String outcomeName) {
        int k = moments.predictors().size();
        long n = moments.n();
        if (n < Math.max(minResponses, k + 2)) {
            return DriverAnalysis.refused(
                    DriverAnalysis.Status.TOO_FEW,
                    n,
                    "Not enough responses to say: " + count(n) + " complete responses, at least "
                            + count(Math.max(minResponses, k + 2)) + " needed.");
        }
        for (int i = 0; i < k; i++) {
            if (moments.covariance(i, i) < NO_VARIANCE) {
                return DriverAnalysis.refused(
                        DriverAnalysis.Status.NO_VARIANCE,
                        n,
                        "Cannot be estimated: every answer to "
                                + moments.predictors().get(i) + " is the same.");
            }
        }
        int y = moments.outcome();
        if (moments.covariance(y, y) < NO_VARIANCE) {
            return DriverAnalysis.refused(
                    DriverAnalysis.Status.NO_VARIANCE,
                    n,
                    "Cannot be estimated: every answer to " + outcomeName + " is the same.");
        }
        int subsets = 1 << k;
        double[] r2 = new double[subsets];
        for (int mask = 1; mask < subsets; mask++) {
            Double value = rSquared(moments, mask);
            if (value == null) {
                return DriverAnalysis.refused(
                        DriverAnalysis.Status.SINGULAR,
                        n,
                        "Cannot be estimated: some cues were answered exactly alike, so their parts cannot be told apart.");
            }
            r2[mask] = value;
        }
        double full = r2[subsets - 1];
        double[] coefficients = coefficients(moments, subsets - 1);
        List<DriverAnalysis.Driver> drivers = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double shapley = 0;
            for (int mask = 0; mask < subsets; mask++) {
                if ((mask & (1 << j)) != 0) {
                    continue;
                }
                int size = Integer.bitCount(mask);
                shapley += weight(size, k) * (r2[mask | (1 << j)] - r2[mask]);
            }
            double share = full < NO_VARIANCE ? 1.0 / k : shapley / full;
            drivers.add(new DriverAnalysis.Driver(
                    moments.predictors().get(j), share, (int) Math.signum(coefficients[j]), moments.mean(j)));
        }
        drivers.sort(
                Comparator.comparingDouble(DriverAnalysis.Driver::importance).reversed());
        return new DriverAnalysis(DriverAnalysis.Status.ESTIMATED, n, full, drivers, "");
    }

    /** |T|!(k − |T| − 1)!/k!: the share of orders in which the predictor enters right after T. */
    private static double weight(int size, int k) {
        return CombinatoricsUtils.factorialDouble(size)
                * CombinatoricsUtils.factorialDouble(k - size - 1)
                / CombinatoricsUtils.factorialDouble(k);
    }

    /** R² of the predictors in {@code mask}; {@code null} when their covariance matrix is singular. */
    private static Double rSquared(Moments moments, int mask) {
        int[] members = members(mask, moments.predictors().size());
        RealVector b = solve(moments, members);
        if (b == null) {
            return null;
        }
        int y = moments.outcome();
        double explained = 0;
        for (int i = 0; i < members.length; i++) {
            explained += moments.covariance(members[i], y) * b.getEntry(i);
        }
        return Math.max(0, Math.min(1, explained / moments.covariance(y, y)));
    }

    private static double[] coefficients(Moments moments, int mask) {
        RealVector b = solve(moments, members(mask, moments.predictors().size()));
        return b == null ? new double[moments.predictors().size()] : b.toArray();
    }

    private static RealVector solve(Moments moments, int[] members) {
        RealMatrix matrix = new Array2DRowRealMatrix(members.length, members.length);
        RealVector right = new ArrayRealVector(members.length);
        for (int i = 0; i < members.length; i++) {
            for (int j = 0; j < members.length; j++) {
                matrix.setEntry(i, j, moments.covariance(members[i], members[j]));
            }
            right.setEntry(i, moments.covariance(members[i], moments.outcome()));
        }
        var solver = new LUDecomposition(matrix, 1e-11).getSolver();
        return solver.isNonSingular() ? solver.solve(right) : null;
    }

    private static String count(long value) {
        return String.format(java.util.Locale.ENGLISH, "%,d", value);
    }

    private static int[] members(int mask, int k) {
        int[] members = new int[Integer.bitCount(mask)];
        int at = 0;
        for (int i = 0; i < k; i++) {
            if ((mask & (1 << i)) != 0) {
                members[at++] = i;
            }
        }
        return members;
    }
}
