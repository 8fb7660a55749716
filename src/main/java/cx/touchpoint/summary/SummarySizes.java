package cx.touchpoint.summary;

/** How many rows each summary table holds. */
public record SummarySizes(
        long accountScores,
        long accountWaveScores,
        long answerMonths,
        long answerItemMonths,
        long responseMonths,
        long responseBookMonths,
        long driverMonths) {}
