package cx.touchpoint.gap;

import cx.touchpoint.base.Quarter;
import java.time.LocalDate;

/** Gap 6 in one quarter, for one cue ({@code cueId} null = all cues), with its number of answers. */
public record GapTrendPoint(LocalDate quarterStart, Long cueId, double gap, long answers) {

    public String quarterLabel() {
        return Quarter.label(quarterStart);
    }
}
