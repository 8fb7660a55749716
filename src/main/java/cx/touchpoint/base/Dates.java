package cx.touchpoint.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates and times read wherever a person reads them (views, mails, history and audit texts), in
 * the company time zone ({@link CompanyTimeZone}): the one definition of the app's date format. Files
 * and APIs for machines keep ISO-8601.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Dates() {}

    /** "13 May 2026", the company's calendar day of the moment; "" for none. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.withZone(CompanyTimeZone.zone()).format(instant);
    }

    /** "13 May 2026"; "" for none. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "13 May 2026, 12:00", in the company time zone; "" for none. */
    public static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.withZone(CompanyTimeZone.zone()).format(instant);
    }

    /** "12:00:05", the time of day in the company time zone, for moments of today ("figures as of"); "" for none. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(CompanyTimeZone.zone()).format(instant);
    }

    /** "May 2026"; "" for none. */
    public static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "May 2026" for the month that starts on {@code firstDay}; "" for none. */
    public static String month(LocalDate firstDay) {
        return firstDay == null ? "" : MONTH.format(firstDay);
    }

    /** "Dec 2026", where room is short (chart axes); "" for none. */
    public static String shortMonth(LocalDate firstDay) {
        return firstDay == null ? "" : SHORT_MONTH.format(firstDay);
    }
}
