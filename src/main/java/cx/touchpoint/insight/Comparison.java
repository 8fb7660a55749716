package cx.touchpoint.insight;

/**
 * A figure in two periods and whether the change between them is real.
 *
 * @param current the later period (this quarter)
 * @param previous the earlier period
 * @param change current − previous of the plain values; {@code null} when either has no answers
 * @param pValue the two-sided p-value of the test; {@code null} when there is no test (no answers,
 *     no variance at all)
 * @param significance the verdict in words, at the company's confidence level and minimum n
 */
public record Comparison(
        Estimate current, Estimate previous, Double change, Double pValue, Significance significance) {}
