package cx.touchpoint.insight;

import cx.touchpoint.base.AccountFilter;
import java.time.LocalDate;

/**
 * Which responses key drivers are computed over.
 *
 * @param filter the accounts (account executives: always their own book)
 * @param fromMonth the first month (its first day, company time zone), inclusive
 * @param toMonth the month after the last one, exclusive
 * @param relationship relationship responses (the default) or transaction responses
 * @param outcome likelihood to recommend or the summary score
 */
public record DriverQuery(
        AccountFilter filter, LocalDate fromMonth, LocalDate toMonth, boolean relationship, DriverOutcome outcome) {

    public DriverQuery {
        if (!fromMonth.equals(fromMonth.withDayOfMonth(1)) || !toMonth.equals(toMonth.withDayOfMonth(1))) {
            throw new IllegalArgumentException("Drivers are computed by whole months: " + fromMonth + ", " + toMonth);
        }
    }

    String pattern() {
        return relationship ? "PRESENT" : "PAST";
    }
}
