package cx.touchpoint.base;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Touchpoint writes a CSV file (accounts, responses, import error reports): UTF-8 starting
 * with the byte-order mark, so Excel on Windows reads "Müller" and not "MÃ¼ller"; RFC 4180 quoting
 * and CRLF line ends (Commons CSV); and every text cell that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) prefixed with a single quote (CSV injection,
 * OWASP). Numbers ({@link Number} cells) are written as plain numbers, never neutralised.
 */
public final class CsvWriter implements Closeable {

    /** The UTF-8 byte-order mark every CSV starts with. */
    public static final char BOM = '\uFEFF';

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(Writer out, String... header) throws IOException {
        out.write(BOM);
        this.printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }

    /** Starts a CSV on the writer: the BOM, then the header row. */
    public static CsvWriter open(Writer out, String... header) {
        try {
            return new CsvWriter(out, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a UTF-8 CSV on the stream: the BOM, then the header row. */
    public static CsvWriter open(OutputStream out, String... header) {
        return open(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
    }

    /** One row; {@code null} is an empty cell, text is neutralised, numbers are kept. */
    public void row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] instanceof CharSequence text ? neutralise(text.toString()) : cells[i];
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, prefixed with a single quote if a spreadsheet would take it for a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The inverse of {@link #neutralise} for text read back from a Touchpoint CSV: a single quote
     * followed by a formula character is dropped, any other text is kept as it is.
     */
    public static String restore(String text) {
        if (text != null
                && text.length() > 1
                && text.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** Flushes what is written so far (for long exports streamed to a browser). */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
