package cx.touchpoint.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a CSV file's characters for the parser and stops it at once, with {@link ImportRefused}, when a
 * record gets more than {@value CsvSource#MAX_COLUMNS} columns or {@value CsvSource#MAX_RECORD_CHARS}
 * characters: the parser would otherwise build the whole record (100,000 columns: gigabytes) first. It
 * follows quoting as Commons CSV's default format does (a quote opens a field only at its start; {@code ""}
 * inside one is a quote), so delimiters and line breaks inside quotes do not count.
 */
final class BoundedRecords extends FilterReader {

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED
    }

    private final char delimiter;
    private State state = State.FIELD_START;
    private int columns = 1;
    private int chars;
    private long record = 1;

    BoundedRecords(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(char c) {
        if (++chars > CsvSource.MAX_RECORD_CHARS) {
            throw new ImportRefused("Row " + record + " of the file is longer than "
                    + CsvSource.MAX_RECORD_CHARS + " characters (a quote that is never closed?). Nothing was"
                    + " imported: check the file's quotes, or split very long texts.");
        }
        switch (state) {
            case QUOTED -> state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case FIELD_START -> {
                if (c == '"') state = State.QUOTED;
                else outside(c);
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') state = State.QUOTED;
                else outside(c);
            }
            case UNQUOTED -> outside(c);
        }
    }

    private void outside(char c) {
        if (c == delimiter) {
            state = State.FIELD_START;
            if (++columns > CsvSource.MAX_COLUMNS) {
                throw new ImportRefused("The file has more than " + CsvSource.MAX_COLUMNS + " columns (row "
                        + record + "). Touchpoint imports at most " + CsvSource.MAX_COLUMNS + ": remove the columns"
                        + " you do not need and upload it again.");
            }
        } else if (c == '\n') {
            state = State.FIELD_START;
            columns = 1;
            chars = 0;
            record++;
        } else if (c != '\r') {
            state = State.UNQUOTED;
        }
    }
}
