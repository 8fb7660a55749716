package cx.touchpoint.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens an uploaded CSV file for streaming (never the whole file in memory): skips a UTF-8 byte-order
 * mark, falls back to Windows-1252 when the start of the file is not UTF-8 (Excel's "CSV" on Windows),
 * and detects the delimiter ({@code ,} {@code ;} or tab) from the header line. Quoted fields may hold
 * delimiters, quotes and line breaks; CRLF and LF both end a record (Apache Commons CSV).
 */
final class CsvSource {

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** How the file is written. */
    record Dialect(char delimiter, Charset charset, boolean bom) {

        /** Excel writes decimal commas where it separates cells with semicolons. */
        boolean decimalComma() {
            return delimiter == ';';
        }

        String describe() {
            String d = delimiter == '\t' ? "tab" : "\"" + delimiter + "\"";
            return charset.displayName() + (bom ? " with BOM" : "") + ", " + d + "-separated"
                    + (decimalComma() ? ", decimal comma" : "");
        }
    }

    /** An open file: the parser, and how many bytes of the file were read so far (for progress). */
    record Opened(CSVParser parser, Counting counter) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private CsvSource() {}

    static Dialect dialect(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        boolean bom = sample.length >= 3 && Arrays.equals(Arrays.copyOf(sample, 3), BOM);
        int start = bom ? 3 : 0;
        Charset charset = isUtf8(sample, start) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String text = new String(sample, start, sample.length - start, charset);
        return new Dialect(delimiter(text), charset, bom);
    }

    static Opened open(Path file, Dialect dialect) throws IOException {
        var counter = new Counting(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        if (dialect.bom()) {
            counter.skipNBytes(3);
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(true)
                .get();
        return new Opened(CSVParser.parse(new InputStreamReader(counter, dialect.charset()), format), counter);
    }

    /** The delimiter found most often outside quotes in the first line. */
    static char delimiter(String text) {
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
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

    private static boolean isUtf8(byte[] sample, int start) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // the sample may end inside a multi-byte character: not the end of input unless the file is
        var out = CharBuffer.allocate(sample.length);
        return !decoder.decode(ByteBuffer.wrap(sample, start, sample.length - start), out, sample.length < SAMPLE_BYTES)
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
