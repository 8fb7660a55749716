package cx.touchpoint.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers and dates as spreadsheets and survey tools write them. Numbers: a decimal point, or a
 * decimal comma in semicolon-separated files (Excel in most of Europe), thousands separators allowed.
 * Times: ISO 8601 with an offset ({@code 2026-11-30T10:15:00+01:00}, {@code …Z}); without an offset
 * ({@code 2026-11-30 10:15}, Qualtrics) in the company time zone; Excel's {@code 30.11.2026 10:15},
 * {@code 11/30/2026 10:15:00 AM} (month first, as US Excel and SurveyMonkey write it, unless the first
 * number is over 12 or the file is semicolon-separated, where the day comes first) and Excel serial
 * numbers ({@code 46356.4375}, days since 1899-12-30, a wall-clock time: on a daylight-saving day it is
 * the time Excel showed, not an hour off). Identifiers Excel turned into scientific notation ({@code
 * 1.14353E+11}) have lost digits and are refused. Answer codes that mean "seen but not answered"
 * ({@value #NO_ANSWER_CODES}) are no answer.
 */
final class Cells {

    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
    private static final Pattern DOTTED =
            Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:[.,]\\d+)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+");

    /**
     * Cells that mean "no answer" in an answer column: Qualtrics' and EFS's {@code -99} ("seen but
     * unanswered"), the other negative missing-value codes survey tools write (EFS {@code -77} not shown,
     * {@code -66} hidden; 1KA {@code -98} refused, {@code -97} invalid, {@code -96} none of these; Survey
     * Solutions {@code -999999999} and {@code ##N/A##}) and what spreadsheets write for a missing value.
     * None is a valid scale answer (1-7, 0-10), so none can hide one.
     */
    static final String NO_ANSWER_CODES = "-99, -98, -97, -96, -77, -66, -999999999, ##N/A##, #N/A, N/A, NA";

    private static final java.util.Set<String> NO_ANSWER = java.util.Arrays.stream(NO_ANSWER_CODES.split(", "))
            .map(code -> code.toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final boolean decimalComma;
    private final ZoneId zone;

    Cells(boolean decimalComma, ZoneId zone) {
        this.decimalComma = decimalComma;
        this.zone = zone;
    }

    /** The same reading, with times that state no offset read in {@code otherZone}. */
    Cells inZone(ZoneId otherZone) {
        return otherZone == null || otherZone.equals(zone) ? this : new Cells(decimalComma, otherZone);
    }

    ZoneId zone() {
        return zone;
    }

    /** Whether an answer cell means "seen but not answered" (see {@link #NO_ANSWER_CODES}). */
    static boolean noAnswer(String text) {
        return NO_ANSWER.contains(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The identifier as written, or throws when Excel turned it into scientific notation. */
    static String identifier(String text) {
        if (SCIENTIFIC.matcher(text.strip()).matches()) {
            throw new IllegalArgumentException("is a number Excel turned into scientific notation: its last digits"
                    + " are lost, so different respondents or accounts would be merged. Export the file again and"
                    + " open it in Excel only with this column formatted as Text");
        }
        return text;
    }

    /** The number, or throws {@link IllegalArgumentException} saying what was expected. */
    BigDecimal decimal(String text) {
        String t = text.strip().replace("\u00a0", "").replace(" ", "");
        if (decimalComma) {
            t = t.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?") ? t.replace(".", "") : t;
            t = t.replace(',', '.');
        } else if (t.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "is not a number" + (decimalComma ? " (decimal comma, e.g. 1250,50)" : " (e.g. 1250.50)"));
        }
    }

    Integer integer(String text) {
        String t = text.strip();
        if (!t.matches("-?\\d{1,9}")) {
            throw new IllegalArgumentException("is not a whole number");
        }
        return Integer.valueOf(t);
    }

    LocalDate date(String text) {
        return LocalDateTime.ofInstant(instant(text), zone).toLocalDate();
    }

    Instant instant(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
                String iso = t.replace(' ', 'T');
                if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                    return OffsetDateTime.parse(
                                    iso.matches(".*[+-]\\d{4}$")
                                            ? iso.substring(0, iso.length() - 2) + ":" + iso.substring(iso.length() - 2)
                                            : iso)
                            .toInstant();
                }
                return LocalDateTime.parse(iso).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw notADate();
        }
        Matcher m = DOTTED.matcher(t);
        if (m.matches()) {
            return local(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null);
        }
        m = SLASHED.matcher(t);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean dayFirst = decimalComma || a > 12;
            return local(m, dayFirst ? a : b, dayFirst ? b : a, m.group(7));
        }
        if (SERIAL.matcher(t).matches()) {
            double serial = Double.parseDouble(t.replace(',', '.'));
            long days = (long) Math.floor(serial);
            long seconds = Math.round((serial - days) * 86_400);
            // the serial is the wall-clock time Excel shows: add it to the local midnight, then place it in
            // the zone (adding seconds to the zoned midnight is an hour off after a daylight-saving switch)
            return EXCEL_EPOCH
                    .plusDays(days)
                    .atStartOfDay()
                    .plusSeconds(seconds)
                    .atZone(zone)
                    .toInstant();
        }
        throw notADate();
    }

    private Instant local(Matcher m, int day, int month, String amPm) {
        int year = Integer.parseInt(m.group(3));
        year = m.group(3).length() == 2 ? 2000 + year : year;
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (amPm != null) {
            hour = hour % 12 + (amPm.equalsIgnoreCase("pm") ? 12 : 0);
        }
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        try {
            return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second))
                    .atZone(zone)
                    .toInstant();
        } catch (java.time.DateTimeException e) {
            throw notADate();
        }
    }

    private static IllegalArgumentException notADate() {
        return new IllegalArgumentException(
                "is not a date (ISO 8601 like 2026-11-30T10:15:00+01:00, or as Excel writes it, like 30.11.2026 10:15)");
    }
}
