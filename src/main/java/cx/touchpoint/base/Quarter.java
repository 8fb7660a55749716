package cx.touchpoint.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/** A calendar quarter, the period of relationship surveys, reviews and goals. */
public record Quarter(LocalDate start) {

    public Quarter {
        if (!start.equals(start.with(IsoFields.DAY_OF_QUARTER, 1))) {
            throw new IllegalArgumentException("A quarter starts on its first day, not " + start);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.with(IsoFields.DAY_OF_QUARTER, 1));
    }

    public static Quarter current(Clock clock) {
        return of(LocalDate.now(clock));
    }

    public Quarter minus(int quarters) {
        return new Quarter(start.minusMonths(3L * quarters));
    }

    /** "2026 Q2" */
    public String label() {
        return label(start);
    }

    public static String label(LocalDate quarterStart) {
        return quarterStart.getYear() + " Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
    }

    public Instant startsAt(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }
}
