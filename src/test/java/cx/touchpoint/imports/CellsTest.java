package cx.touchpoint.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How cells are read as spreadsheets and survey tools write them (no database needed). */
class CellsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void excel_serial_dates_on_the_days_berlin_changes_its_clocks_keep_the_time_excel_showed() {
        var cells = new Cells(false, BERLIN);

        // 2026-03-29 10:00 (46110 days after 1899-12-30, 10/24 of a day): summer time, UTC+2
        assertThat(cells.instant("46110.4166666667")).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        // 2026-10-25 10:00: winter time again, UTC+1
        assertThat(cells.instant("46320.4166666667")).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        // before the switch that night: 01:30 is still winter time
        assertThat(cells.instant("46110.0625")).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        // as German Excel writes it in a semicolon file: a decimal comma
        assertThat(new Cells(true, BERLIN).instant("46110,4166666667"))
                .isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void times_without_an_offset_are_read_in_the_zone_given_and_times_with_one_keep_it() {
        var company = new Cells(false, ZoneId.of("UTC"));
        var denver = company.inZone(ZoneId.of("America/Denver"));

        assertThat(company.instant("2026-04-02 09:30:00")).isEqualTo(Instant.parse("2026-04-02T09:30:00Z"));
        assertThat(denver.instant("2026-04-02 09:30:00")).isEqualTo(Instant.parse("2026-04-02T15:30:00Z"));
        assertThat(denver.instant("2026-04-02T09:30:00+02:00")).isEqualTo(Instant.parse("2026-04-02T07:30:00Z"));
        assertThat(company.inZone(null)).isSameAs(company);
    }

    @Test
    void seen_but_unanswered_codes_are_no_answer_and_real_answers_are_not() {
        assertThat(Cells.noAnswer("-99")).isTrue();
        assertThat(Cells.noAnswer(" -99 ")).isTrue();
        assertThat(Cells.noAnswer("#N/A")).isTrue();
        assertThat(Cells.noAnswer("n/a")).isTrue();
        assertThat(Cells.noAnswer("0")).isFalse();
        assertThat(Cells.noAnswer("7")).isFalse();
        assertThat(Cells.noAnswer("-9")).isFalse();
    }

    @Test
    void identifiers_excel_turned_into_scientific_notation_are_refused_and_others_kept_as_written() {
        assertThatThrownBy(() -> Cells.identifier("1.14353E+11"))
                .hasMessageContaining("scientific notation")
                .hasMessageContaining("formatted as Text");
        assertThatThrownBy(() -> Cells.identifier("1,14353E+11")).hasMessageContaining("scientific notation");
        assertThat(Cells.identifier("114353000042")).isEqualTo("114353000042");
        assertThat(Cells.identifier("R_1abcDEF")).isEqualTo("R_1abcDEF");
        assertThat(Cells.identifier("TP-1E5")).isEqualTo("TP-1E5");
    }
}
