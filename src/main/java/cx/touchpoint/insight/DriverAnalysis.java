package cx.touchpoint.insight;

import java.util.List;

/**
 * Which cue moves the outcome (likelihood to recommend, or the summary score): OLS of the outcome on the
 * cues' experienced scores, R² shared out by Shapley value (LMG).
 *
 * @param status whether it could be estimated; when not, {@code drivers} is empty and {@code message} says why
 * @param n complete responses (every cue and the outcome answered)
 * @param r2 the full model's R² (0..1); {@code null} unless estimated
 * @param drivers each cue, the most important first; importances sum to 1
 * @param message why there is no estimate, in words ("not enough responses to say ..."), or empty
 */
public record DriverAnalysis(Status status, long n, Double r2, List<Driver> drivers, String message) {

    public enum Status {
        ESTIMATED,
        TOO_FEW,
        NO_VARIANCE,
        SINGULAR
    }

    /**
     * One cue's part.
     *
     * @param cue its name
     * @param importance its Shapley share of R² (0..1)
     * @param sign the sign of its coefficient in the full model: +1, −1 (0 when exactly 0)
     * @param performance its mean experienced score (1-7) over the same responses
     */
    public record Driver(String cue, double importance, int sign, double performance) {}

    public DriverAnalysis {
        drivers = List.copyOf(drivers);
    }

    public boolean estimated() {
        return status == Status.ESTIMATED;
    }

    static DriverAnalysis refused(Status status, long n, String message) {
        return new DriverAnalysis(status, n, null, List.of(), message);
    }
}
