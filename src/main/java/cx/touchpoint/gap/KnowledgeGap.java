package cx.touchpoint.gap;

/**
 * Gap 1: mean of managers' estimates of what customers expect − mean customer expectation (1-7);
 * negative = managers underestimate what customers expect. {@code null} when either side has no data.
 */
public record KnowledgeGap(
        Double managerEstimate, Double customerExpectation, Double gap, long estimates, long answers) {}
