package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one date format, in the company time zone (issue 18 D18). */
class DatesTest {

    private CompanyTimeZone zone;

    @AfterEach
    void forgetZone() {
        if (zone != null) {
            zone.forget();
        }
    }

    @Test
    void a_survey_scheduled_for_nine_in_berlin_reads_nine_not_seven_utc() {
        zone = new CompanyTimeZone(Clock.system(ZoneId.of("Europe/Berlin")));
        Instant nineInBerlin = Instant.parse("2027-03-29T07:00:00Z"); // summer time began the day before

        assertThat(Dates.dayTime(nineInBerlin)).isEqualTo("29 Mar 2027, 09:00");
        assertThat(Dates.day(Instant.parse("2027-03-28T22:30:00Z")))
                .as("after midnight in Berlin it is already the next day")
                .isEqualTo("29 Mar 2027");
    }

    @Test
    void days_and_months_read_alike_everywhere() {
        zone = new CompanyTimeZone(Clock.systemUTC());

        assertThat(Dates.day(LocalDate.of(2018, 12, 12))).isEqualTo("12 Dec 2018");
        assertThat(Dates.day(Instant.parse("2026-12-05T10:00:00Z"))).isEqualTo("5 Dec 2026");
        assertThat(Dates.month(YearMonth.of(2026, 5))).isEqualTo("May 2026");
        assertThat(Dates.shortMonth(LocalDate.of(2026, 12, 1))).isEqualTo("Dec 2026");
        assertThat(Dates.dayTime(null)).isEmpty();
        assertThat(Dates.day((LocalDate) null)).isEmpty();
    }
}
