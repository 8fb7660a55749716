package cx.touchpoint.home;

import cx.touchpoint.base.Quarter;
import java.time.LocalDate;

/** NPS of one quarter: % promoters (9-10) minus % detractors (0-6), and how many answers. */
public record NpsPoint(LocalDate quarterStart, double nps, long responses) {

    public String quarterLabel() {
        return Quarter.label(quarterStart);
    }
}
