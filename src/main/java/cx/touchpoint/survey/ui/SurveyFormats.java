package cx.touchpoint.survey.ui;

import cx.touchpoint.survey.Eligibility;
import cx.touchpoint.survey.PreparationDetail.Status;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and states as the survey views show them, in the company's time zone. */
final class SurveyFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private SurveyFormats() {}

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "never" : DATE.format(instant.atZone(zone));
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
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
