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
 * numbers ({@code 46356.4375}, days since 1899-12-30).
 */
final class Cells {

    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
    private static final Pattern DOTTED =
            Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final boolean decimalComma;
    private final ZoneId zone;

    Cells(boolean decimalComma, ZoneId zone) {
        this.decimalComma = decimalComma;
        this.zone = zone;
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
            double serial = Double.parseDouble(t);
            long days = (long) Math.floor(serial);
            long seconds = Math.round((serial - days) * 86_400);
            return EXCEL_EPOCH
                    .plusDays(days)
                    .atStartOfDay(zone)
                    .plusSeconds(seconds)
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
