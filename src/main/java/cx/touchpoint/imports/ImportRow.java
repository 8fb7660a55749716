package cx.touchpoint.imports;

import cx.touchpoint.base.CsvWriter;
import cx.touchpoint.base.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/** One data row of a file, read through the column mapping; what cannot be read becomes a problem. */
final class ImportRow {

    /** A problem with the row, on the column it concerns (-1: the row as a whole). */
    record Problem(long row, int column, String columnName, String value, String message) {}

    private final CSVRecord record;
    private final Map<String, Integer> columnOf;
    private final List<String> columnNames;
    private final Cells cells;
    private final Map<Integer, java.time.ZoneId> zones;
    private final List<Problem> problems = new ArrayList<>();
    private boolean damagedIdentifier;

    /**
     * @param zones the time zone a column's times without an offset are in, where the file states one
     *     (a Qualtrics export); other columns' are in {@code cells}' zone (the company's)
     */
    ImportRow(
            CSVRecord record,
            Map<String, Integer> columnOf,
            List<String> columnNames,
            Cells cells,
            Map<Integer, java.time.ZoneId> zones) {
        this.record = record;
        this.columnOf = columnOf;
        this.columnNames = columnNames;
        this.cells = cells;
        this.zones = zones;
    }

    /** Whether an identifier of this row was turned into scientific notation by Excel (refused, never merged). */
    boolean damagedIdentifier() {
        return damagedIdentifier;
    }

    long number() {
        return record.getRecordNumber();
    }

    List<Problem> problems() {
        return problems;
    }

    boolean mapped(String field) {
        return columnOf.containsKey(field);
    }

    /** The cell's text as written (a neutralised formula read back as it was); null when empty or unmapped. */
    String text(String field) {
        Integer column = columnOf.get(field);
        if (column == null || column >= record.size()) {
            return null;
        }
        String value = CsvWriter.restore(record.get(column));
        return value == null || value.isBlank() ? null : value;
    }

    /** An identifier (account, response, respondent): refused when Excel turned it into scientific notation. */
    String identifier(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Cells.identifier(text);
        } catch (IllegalArgumentException e) {
            damagedIdentifier = true;
            add(field, text, e.getMessage());
            return null;
        }
    }

    /** An answer's text; null when empty or a "seen but not answered" code ({@link Cells#NO_ANSWER_CODES}). */
    String answer(String field) {
        String text = text(field);
        return text == null || Cells.noAnswer(text) ? null : text;
    }

    Integer answerInteger(String field) {
        return answer(field) == null ? null : integer(field);
    }

    BigDecimal answerDecimal(String field) {
        return answer(field) == null ? null : decimal(field);
    }

    BigDecimal decimal(String field) {
        return parse(field, cells::decimal);
    }

    Integer integer(String field) {
        return parse(field, cells::integer);
    }

    Instant instant(String field) {
        Integer column = columnOf.get(field);
        return parse(field, cells.inZone(column == null ? null : zones.get(column))::instant);
    }

    LocalDate date(String field) {
        return parse(field, cells::date);
    }

    void required(String field) {
        if (text(field) == null) {
            add(field, "", "is required");
        }
    }

    /** Adds the service's problems, each on the column of its field. */
    void add(List<FieldProblem> fieldProblems, Function<String, String> fieldToColumnField) {
        for (FieldProblem p : fieldProblems) {
            add(fieldToColumnField.apply(p.field()), p.value(), p.message());
        }
    }

    void add(String field, String value, String message) {
        Integer column = field == null ? null : columnOf.get(field);
        problems.add(new Problem(
                number(),
                column == null ? -1 : column,
                column == null ? (field == null ? "" : field) : columnNames.get(column),
                value == null ? "" : value,
                message));
    }

    private <T> T parse(String field, Function<String, T> parser) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            add(field, text, e.getMessage());
            return null;
        }
    }
}
