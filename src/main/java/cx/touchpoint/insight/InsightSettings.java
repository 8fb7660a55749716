package cx.touchpoint.insight;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The company's settings for uncertainty and key drivers, chosen by admins (table {@code insight_setting},
 * whose checks hold the same limits).
 *
 * @param confidencePercent 90, 95 (default) or 99: the level of every interval and test
 * @param minN answers below which a figure is "low n" and never called a significant change (2-10,000, default 30)
 * @param minDriverResponses complete responses below which drivers are "not enough responses to say"
 *     (10-100,000, default 50)
 * @param version for optimistic locking: a save over someone else's is refused
 */
public record InsightSettings(
        int confidencePercent,
        @Min(value = MIN_N_LOW, message = "The minimum n is at least " + MIN_N_LOW + ".")
                @Max(value = MIN_N_HIGH, message = "The minimum n is at most 10,000.")
                int minN,
        @Min(value = MIN_DRIVERS_LOW, message = "Key drivers need at least " + MIN_DRIVERS_LOW + " complete responses.")
                @Max(value = MIN_DRIVERS_HIGH, message = "The minimum for key drivers is at most 100,000.")
                int minDriverResponses,
        int version) {

    public static final int DEFAULT_CONFIDENCE = 95;
    public static final int MIN_N_LOW = 2;
    public static final int MIN_N_HIGH = 10_000;
    public static final int MIN_DRIVERS_LOW = 10;
    public static final int MIN_DRIVERS_HIGH = 100_000;

    /** The confidence level; the service refuses any other value than 90, 95 or 99 before this is read. */
    public ConfidenceLevel level() {
        return ConfidenceLevel.of(confidencePercent);
    }

    /** "95 % confidence, minimum n 30, key drivers from 50 complete responses" (the audit log's words). */
    String describe() {
        return confidencePercent + " % confidence, minimum n " + minN + ", key drivers from " + minDriverResponses
                + " complete responses";
    }
}
