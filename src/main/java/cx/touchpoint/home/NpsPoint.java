package cx.touchpoint.home;

import com.fasterxml.jackson.annotation.JsonProperty;
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

    /** n: the NPS answers behind the point (the API's {@code n}, equal to {@code responses}). */
    @JsonProperty("n")
    public long n() {
        return responses;
    }

    public String quarterLabel() {
        return Quarter.label(quarterStart);
    }
}
