package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.ui.Formats;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource({
        "45.454545, 0, +45",
        "-45.454545, 0, -45",
        "45.5, 0, +46",
        "-45.5, 0, -46",
        "0.4, 0, 0",
        "-0.4, 0, 0",
        "-0.004, 2, 0.00",
        "2.675, 2, +2.68",
        "-2.675, 2, -2.68",
        "12.45, 1, +12.5"
    })
    void rounds_once_half_away_from_zero_and_shows_the_sign(double exact, int decimals, String shown) {
        assertThat(Figures.signed(exact, decimals)).isEqualTo(shown);
    }

    @Test
    void the_views_and_the_csv_read_the_same_rounded_value() {
        assertThat(Formats.nps(100.0 * 5 / 11)).isEqualTo("+45");
        assertThat(Formats.nps(-100.0 * 5 / 11)).isEqualTo("-45");
        assertThat(Figures.nps(100.0 * 5 / 11)).isEqualTo(new BigDecimal("45"));
        assertThat(Formats.score(4.005)).isEqualTo("4.01");
        assertThat(Formats.percent(100.0 * 249 / 2000, 0)).isEqualTo("12 %");
        assertThat(Formats.nps(null)).isEqualTo(Formats.NO_DATA);
        assertThat(Figures.plain(null, 2)).isNull();
    }

    @Test
    void money_chooses_its_unit_after_rounding() {
        assertThat(Formats.money(new BigDecimal("999600"))).isEqualTo("$1.0M");
        assertThat(Formats.money(new BigDecimal("950000"))).isEqualTo("$950k");
        assertThat(Formats.money(new BigDecimal("1250000"))).isEqualTo("$1.3M");
        assertThat(Formats.money(new BigDecimal("999.5"))).isEqualTo("$1k");
        assertThat(Formats.money(new BigDecimal("4412300000"))).isEqualTo("$4.41B");
        assertThat(Formats.money(new BigDecimal("999960000"))).isEqualTo("$1.00B");
        assertThat(Formats.money(new BigDecimal("999940000"))).isEqualTo("$999.9M");
    }
}
