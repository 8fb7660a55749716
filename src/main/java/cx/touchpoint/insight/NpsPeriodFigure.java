package cx.touchpoint.insight;

import java.time.LocalDate;

/**
 * The NPS of one period with its n and adjusted-Wald interval (exact, unrounded).
 *
 * @param from the first day (company time zone), inclusive
 * @param to the last day, inclusive
 * @param nps % promoters − % detractors (−100..100); {@code null} without answers
 * @param low the interval's low end; {@code null} without answers
 * @param high the interval's high end
 * @param confidence the confidence level in percent (90, 95, 99)
 * @param responses the NPS answers (n)
 * @param lowN {@code responses} is below the company's minimum n
 */
public record NpsPeriodFigure(
        LocalDate from,
        LocalDate to,
        Double nps,
        Double low,
        Double high,
        int confidence,
        long responses,
        long promoters,
        long passives,
        long detractors,
        boolean lowN) {

    static NpsPeriodFigure of(LocalDate from, LocalDate to, NpsCounts counts, Estimate estimate) {
        return new NpsPeriodFigure(
                from,
                to,
                estimate.value(),
                estimate.interval() == null ? null : estimate.interval().low(),
                estimate.interval() == null ? null : estimate.interval().high(),
                estimate.level().percent(),
                counts.n(),
                counts.promoters(),
                counts.passives(),
                counts.detractors(),
                estimate.lowN());
    }
}
