package cx.touchpoint.segment;

import cx.touchpoint.base.Quarter;
import java.time.LocalDate;

/**
 * A relationship-survey wave: one per quarter. Responses belong to their wave's quarter, or to the
 * quarter they were answered in when they have no wave.
 *
 * @param waveName the name of the relationship wave opened in that quarter, if any
 */
public record SurveyWave(LocalDate quarterStart, String waveName) {

    public String label() {
        String quarter = Quarter.label(quarterStart);
        return waveName == null || waveName.isBlank() ? quarter : waveName + " (" + quarter + ")";
    }
}
