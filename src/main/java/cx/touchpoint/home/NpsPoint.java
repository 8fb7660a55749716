package cx.touchpoint.home;

import cx.touchpoint.base.Quarter;
import java.time.LocalDate;

/**
 * NPS of one quarter: % promoters (9-10) minus % detractors (0-6), how many answers, and its
 * adjusted-Wald interval at the company's confidence level.
 *
 * @param low the interval's low end (−100..100)
 * @param high the interval's high end
 */
public record NpsPoint(LocalDate quarterStart, double nps, long responses, double low, double high) {

    public String quarterLabel() {
        return Quarter.label(quarterStart);
    }
}
