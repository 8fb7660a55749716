package cx.touchpoint.account;

import cx.touchpoint.base.Figures;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The accounts grid as CSV. Text cells that a spreadsheet would read as a formula (starting with
 * = + - @, tab or carriage return) get a leading single quote, so an account named "=HYPERLINK(...)"
 * stays text (CSV injection). Numbers are written as plain numbers, rounded once by {@link Figures}
 * exactly as the grid shows them (an NPS of 45.45 is 45 in both).
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

    static void write(List<AccountRow> rows, ZoneId zone, Writer out) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();
        var dates = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
        try (var printer = new CSVPrinter(out, format)) {
            for (AccountRow row : rows) {
                printer.printRecord(
                        neutralise(row.name()),
                        row.segment().label(),
                        Figures.score(row.score()),
                        Figures.nps(row.nps()),
                        row.revenue().toPlainString(),
                        row.potential().toPlainString(),
                        row.openIssues(),
                        row.lastSurveyed() == null ? null : dates.format(row.lastSurveyed()),
                        neutralise(row.verticalMarket()),
                        neutralise(row.accountExecutive()));
            }
        }
    }

    /** The text, prefixed with a single quote if a spreadsheet would take it for a formula. */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
