package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvWriterTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
                Arguments.of("+1 555 0100", "'+1 555 0100"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\t=1", "'\t=1"),
                Arguments.of("\r=1", "'\r=1"),
                Arguments.of("Acme = good", "Acme = good"),
                Arguments.of("O'Brien Logistics", "O'Brien Logistics"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote_and_reads_back_unchanged(
            String text, String written) {
        assertThat(CsvWriter.neutralise(text)).isEqualTo(written);
        assertThat(CsvWriter.restore(written)).isEqualTo(text);
    }

    @Test
    void the_file_starts_with_the_utf8_byte_order_mark_so_excel_reads_accents() {
        var bytes = new ByteArrayOutputStream();
        try (var csv = CsvWriter.open(bytes, "Account", "Revenue")) {
            csv.row("Müller Kältetechnik", 1250);
        }

        byte[] written = bytes.toByteArray();
        assertThat(Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Account,Revenue\r\nMüller Kältetechnik,1250\r\n");
    }

    @Test
    void numbers_are_never_neutralised_text_always_is() {
        var out = new java.io.StringWriter();
        try (var csv = CsvWriter.open(out, "a", "b")) {
            csv.row(-33.3, "-33.3");
        }
        assertThat(out.toString()).isEqualTo(CsvWriter.BOM + "a,b\r\n-33.3,'-33.3\r\n");
    }
}
