package cx.touchpoint.gap;

/**
 * Gap 6: mean experienced − mean expected (1-7) of customer answers; negative = experience falls
 * short. Every value is {@code null} when there are no answers.
 */
public record SatisfactionGap(Double expected, Double experienced, Double gap, long answers) {}
