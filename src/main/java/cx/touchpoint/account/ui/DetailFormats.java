package cx.touchpoint.account.ui;

import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.Formats;
import java.time.Instant;

/** Dates as the account views show them (the company's calendar day, like the quarters). */
final class DetailFormats {

    private DetailFormats() {}

    static String date(Instant instant) {
        return instant == null ? "never" : Dates.day(instant);
    }

    static String score(Double score) {
        return Formats.score(score);
    }
}
