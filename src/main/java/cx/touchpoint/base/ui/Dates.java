package cx.touchpoint.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The views' former name for {@link cx.touchpoint.base.Dates}, which holds the one date format (in
 * {@code base} so that services' history and mail texts use it too); kept only so that code written
 * against this name still compiles. Use {@link cx.touchpoint.base.Dates}.
 */
@Deprecated
public final class Dates {

    private Dates() {}

    public static String day(Instant instant) {
        return cx.touchpoint.base.Dates.day(instant);
    }

    public static String day(LocalDate day) {
        return cx.touchpoint.base.Dates.day(day);
    }

    public static String dayTime(Instant instant) {
        return cx.touchpoint.base.Dates.dayTime(instant);
    }

    public static String month(YearMonth month) {
        return cx.touchpoint.base.Dates.month(month);
    }

    public static String month(LocalDate firstDay) {
        return cx.touchpoint.base.Dates.month(firstDay);
    }
}
