package cx.touchpoint.gap;

import cx.touchpoint.base.Dates;
import java.time.LocalDate;

/**
 * The months a gap figure covers: from the first day of {@code from} (inclusive) to the first day
 * of {@code to} (exclusive). The gap chain uses the mean of the monthly actuals whose month starts
 * in the period, the promise in force at the end of the period, customer answers given in it and
 * each manager's latest estimate made in the twelve months up to its end.
 */
public record GapPeriod(LocalDate from, LocalDate to) {

    /** The last {@code months} full calendar months before {@code today}'s month. */
    public static GapPeriod lastFullMonths(int months, LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        return new GapPeriod(thisMonth.minusMonths(months), thisMonth);
    }

    /** Manager estimates older than this, measured back from the period end, no longer count. */
    public LocalDate estimatesFrom() {
        return to.minusMonths(12);
    }

    public String label() {
        return Dates.shortMonth(from) + " – " + Dates.shortMonth(to.minusMonths(1));
    }
}
