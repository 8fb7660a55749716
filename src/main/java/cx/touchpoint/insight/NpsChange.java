package cx.touchpoint.insight;

/**
 * An NPS in one period against another, and whether the change is real.
 *
 * @param period the period asked about
 * @param compared the period compared with
 * @param change period − compared (NPS points); {@code null} when either has no answers
 * @param significant the two-sample z-test on the adjusted-Wald variances says so at the company's level,
 *     and both periods have at least the minimum n
 * @param pValue the test's two-sided p-value; {@code null} when either has no answers
 * @param verdict "significant drop", "within noise", "too few responses to tell", ...
 */
public record NpsChange(
        NpsPeriodFigure period,
        NpsPeriodFigure compared,
        Double change,
        boolean significant,
        Double pValue,
        String verdict) {}
