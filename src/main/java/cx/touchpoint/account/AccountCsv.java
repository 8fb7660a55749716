package cx.touchpoint.account;

import cx.touchpoint.base.CsvWriter;
import cx.touchpoint.base.Figures;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The accounts grid as CSV, written by the one {@link CsvWriter} (UTF-8 with BOM; text a spreadsheet
 * would run as a formula gets a leading single quote; numbers stay numbers,
 * rounded once by {@link Figures} exactly as the grid shows them: an NPS of 45.45 is 45 in both).
 */
final class AccountCsv {

    static final String[] HEADER = {
        "Account",
        "Segment",
        "Score",
        "NPS (12 months)",
        "Annual revenue",
        "Potential revenue",
        "Open issues",
        "Last surveyed",
        "Vertical market",
        "Account executive"
    };

    private AccountCsv() {}

    static void write(List<AccountRow> rows, ZoneId zone, Writer out) {
        var dates = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
        try (var csv = CsvWriter.open(out, HEADER)) {
            for (AccountRow row : rows) {
                csv.row(
                        row.name(),
                        row.segment().label(),
                        Figures.score(row.score()),
                        Figures.nps(row.nps()),
                        row.revenue(),
                        row.potential(),
                        row.openIssues(),
                        row.lastSurveyed() == null ? null : dates.format(row.lastSurveyed()),
                        row.verticalMarket(),
                        row.accountExecutive());
            }
        }
    }
}
