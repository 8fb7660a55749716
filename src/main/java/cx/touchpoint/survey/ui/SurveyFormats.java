package cx.touchpoint.survey.ui;

import cx.touchpoint.base.Dates;
import cx.touchpoint.survey.Eligibility;
import cx.touchpoint.survey.PreparationDetail.Status;
import java.time.Instant;

/** Survey states as the survey views show them; dates through the shared {@link Dates}. */
final class SurveyFormats {

    private SurveyFormats() {}

    static String date(Instant instant) {
        return instant == null ? "never" : Dates.day(instant);
    }

    static String eligibility(Eligibility e) {
        return e.eligible() ? "Eligible now" : "Not eligible: " + e.reason();
    }

    static String status(String status) {
        if (status == null) {
            return "";
        }
        try {
            return Status.valueOf(status).label();
        } catch (IllegalArgumentException e) {
            return status;
        }
    }
}
