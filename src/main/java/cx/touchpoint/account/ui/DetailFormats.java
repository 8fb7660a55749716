package cx.touchpoint.account.ui;

import cx.touchpoint.base.ui.Formats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the account views show them (UTC, like the quarters). */
final class DetailFormats {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DetailFormats() {}

    static String date(Instant instant) {
        return instant == null ? "never" : DATE.format(instant);
    }

    static String score(Double score) {
        return Formats.score(score);
    }
}
