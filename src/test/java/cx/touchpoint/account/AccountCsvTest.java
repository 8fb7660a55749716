package cx.touchpoint.account;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.CsvWriter;
import cx.touchpoint.segment.Segment;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

    @Test
    void the_export_starts_with_the_bom_neutralises_text_cells_and_keeps_numbers_numeric() throws Exception {
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

        assertThat(out.toString()).startsWith(String.valueOf(CsvWriter.BOM));
        String[] lines = out.toString().substring(1).split("\r\n");
        assertThat(lines[0])
                .isEqualTo("Account,Segment,Score,NPS (12 months),Annual revenue,Potential revenue,Open issues,"
                        + "Last surveyed,Vertical market,Account executive");
        assertThat(lines[1])
                .isEqualTo("'=cmd|' /C calc'!A0,At-risk,4.50,-33,1250000.00,1500000.00,2,2026-04-20,'@Retail,'-Dana");
    }
}
