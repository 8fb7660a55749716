package cx.touchpoint.account;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.segment.Segment;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccountCsvTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
                Arguments.of("+1 555 0100", "'+1 555 0100"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\t=1", "'\t=1"),
                Arguments.of("Acme = good", "Acme = good"),
                Arguments.of("O'Brien Logistics", "O'Brien Logistics"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(String text, String expected) {
        assertThat(AccountCsv.neutralise(text)).isEqualTo(expected);
    }

    @Test
    void the_export_neutralises_text_cells_and_keeps_numbers_numeric() throws Exception {
        var row = new AccountRow(
                7,
                "=cmd|' /C calc'!A0",
                Segment.AT_RISK,
                4.5,
                -33.3,
                new BigDecimal("1250000.00"),
                new BigDecimal("1500000.00"),
                2,
                Instant.parse("2026-04-20T09:00:00Z"),
                "@Retail",
                "-Dana");
        var out = new StringWriter();

        AccountCsv.write(List.of(row), ZoneId.of("UTC"), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("Account,Segment,Score,NPS (12 months),Annual revenue,Potential revenue,Open issues,"
                        + "Last surveyed,Vertical market,Account executive");
        assertThat(lines[1])
                .isEqualTo("'=cmd|' /C calc'!A0,At-risk,4.50,-33,1250000.00,1500000.00,2,2026-04-20,'@Retail,'-Dana");
    }
}
