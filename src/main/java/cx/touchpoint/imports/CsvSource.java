package cx.touchpoint.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Opens an uploaded CSV file for streaming (never the whole file in memory). Encoding: a byte-order mark
 * names it (UTF-8, or UTF-16 as Excel's "Unicode Text" writes it); without one UTF-8, falling back to
 * Windows-1252 when the start of the file is not UTF-8 (Excel's "CSV" on Windows). Delimiter: Excel's
 * {@code sep=;} first line when there is one (honoured and skipped), else {@code ,} {@code ;} or tab,
 * whichever the header line has most of. Quoted fields may hold delimiters, quotes and line breaks; CRLF
 * and LF both end a record (Apache Commons CSV). Rows of nothing but separators are skipped.
 *
 * <p>Every read is bounded: a record of more than {@value #MAX_COLUMNS} columns or {@value
 * #MAX_RECORD_CHARS} characters stops the read with {@link ImportRefused} as soon as it is seen, before it
 * is held in memory.
 */
final class CsvSource {

    /** The most columns a file may have; a wider file is refused before anything else is done with it. */
    static final int MAX_COLUMNS = 500;
    /** The longest record (all its cells together) in characters. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final Pattern SEP_LINE = Pattern.compile("(?i)sep=(.)\\s*");
    private static final ByteOrderMark[] MARKS = {ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE};

    /**
     * How the file is written.
     *
     * @param bom the byte-order mark the file starts with, or null
     * @param sepLine whether the first line is Excel's {@code sep=} hint (skipped when reading)
     */
    record Dialect(char delimiter, Charset charset, ByteOrderMark bom, boolean sepLine) {

        /** Excel writes decimal commas where it separates cells with semicolons. */
        boolean decimalComma() {
            return delimiter == ';';
        }

        String describe() {
            String d = delimiter == '\t' ? "tab" : "\"" + delimiter + "\"";
            return charset.displayName() + (bom != null ? " with BOM" : "") + ", " + d + "-separated"
                    + (sepLine ? " (as its sep= line says)" : "")
                    + (decimalComma() ? ", decimal comma" : "");
        }
    }

    /** An open file: its records, and how many bytes of the file were read so far (for progress). */
    record Opened(CSVParser parser, Counting counter) implements AutoCloseable {

        /** The records that hold anything (rows of nothing but separators or spaces are skipped). */
        Stream<CSVRecord> records() {
            return parser.stream().filter(r -> !blank(r));
        }

        /** The records below the first {@code headerRows} that hold anything. */
        Iterable<CSVRecord> dataRows(int headerRows) {
            return () -> records().skip(headerRows).iterator();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private CsvSource() {}

    static Dialect dialect(Path file) throws IOException {
        byte[] sample;
        ByteOrderMark bom;
        try (var in = bomStream(Files.newInputStream(file))) {
            bom = in.getBOM();
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        Charset charset = bom != null
                ? Charset.forName(bom.getCharsetName())
                : isUtf8(sample) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String text = new String(sample, charset);
        String firstLine = text.lines().findFirst().orElse("");
        var sep = SEP_LINE.matcher(firstLine);
        if (sep.matches()) {
            return new Dialect(sep.group(1).charAt(0), charset, bom, true);
        }
        return new Dialect(delimiter(text), charset, bom, false);
    }

    static Opened open(Path file, Dialect dialect) throws IOException {
        var counter = new Counting(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        Reader reader = new InputStreamReader(bomStream(counter), dialect.charset());
        if (dialect.sepLine()) {
            skipLine(reader);
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(true)
                .get();
        return new Opened(CSVParser.parse(new BoundedRecords(reader, dialect.delimiter()), format), counter);
    }

    /** The delimiter found most often outside quotes in the first line that holds anything. */
    static char delimiter(String text) {
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (comma + semicolon + tab > 0) break;
            } else if (!quoted) {
                if (c == ',') comma++;
                else if (c == ';') semicolon++;
                else if (c == '\t') tab++;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    static boolean blank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static BOMInputStream bomStream(InputStream in) throws IOException {
        return BOMInputStream.builder()
                .setInputStream(in)
                .setByteOrderMarks(MARKS)
                .setInclude(false)
                .get();
    }

    private static void skipLine(Reader reader) throws IOException {
        int c;
        do {
            c = reader.read();
        } while (c != -1 && c != '\n');
    }

    private static boolean isUtf8(byte[] sample) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // the sample may end inside a multi-byte character: not the end of input unless the file is
        var out = CharBuffer.allocate(sample.length);
        return !decoder.decode(ByteBuffer.wrap(sample), out, sample.length < SAMPLE_BYTES)
                .isError();
    }

    /** Counts the bytes read through it. */
    static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
