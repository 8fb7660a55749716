package cx.touchpoint.demo;

import cx.touchpoint.base.Quarter;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Quarters and relationship survey waves, counted back from today. */
final class DemoCalendar {

    private DemoCalendar() {}

    /** The first days of the last {@code count} quarters, oldest first, the current one last. */
    static List<LocalDate> lastQuarters(LocalDate today, int count) {
        LocalDate current = today.with(IsoFields.DAY_OF_QUARTER, 1);
        List<LocalDate> quarters = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            quarters.add(current.minusMonths(3L * i));
        }
        return quarters;
    }

    /** One relationship survey wave per quarter: closed in the past, open in the current quarter. */
    static List<Long> createWaves(
            JdbcTemplate jdbc, List<LocalDate> quarters, long templateId, long createdBy, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (LocalDate quarter : quarters) {
            LocalDate closes = quarter.plusMonths(3).minusDays(1);
            ids.add(jdbc.queryForObject(
                    """
                            insert into survey_wave (template_id, name, opens_on, closes_on, status, created_by)
                            values (?, ?, ?, ?, ?, ?) returning id
                            """,
                    Long.class,
                    templateId,
                    "Relationship survey " + Quarter.label(quarter),
                    Date.valueOf(quarter),
                    Date.valueOf(closes),
                    closes.isBefore(today) ? "CLOSED" : "OPEN",
                    createdBy));
        }
        return ids;
    }

    /** A moment in the first 80 days of the quarter, and never later than yesterday. */
    static Instant someTimeIn(LocalDate quarterStart, Instant now, DemoRandom random) {
        Instant from = quarterStart.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = quarterStart.plusDays(80).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant latest = now.minusSeconds(86_400);
        if (to.isAfter(latest)) {
            to = latest;
        }
        if (!to.isAfter(from)) {
            return from.isBefore(now) ? from : now.minusSeconds(3_600);
        }
        long span = to.getEpochSecond() - from.getEpochSecond();
        return from.plusSeconds((long) random.uniform(0, span));
    }
}
