package cx.touchpoint.imports;

import java.util.List;
import java.util.Map;

/**
 * What the import page shows before anything is stored: the layout and dialect recognised, the columns
 * and the field each is mapped to, required fields no column fills, what the file says about itself
 * (notices: the time zone of its times), what a person must look at before importing (warnings: columns
 * with the same name), and the first rows with each problem on its cell.
 */
public record ImportPreview(
        ImportKind kind,
        String layout,
        String dialect,
        List<String> columns,
        Map<Integer, String> mapping,
        List<ImportField> fields,
        List<ImportField> missing,
        List<String> notices,
        List<String> warnings,
        List<Row> rows) {

    /** A data row: its number in the file, its cells, the problem on each cell (by column) and the row's own. */
    public record Row(long number, List<String> cells, Map<Integer, String> cellProblems, List<String> rowProblems) {

        public boolean valid() {
            return cellProblems.isEmpty() && rowProblems.isEmpty();
        }
    }

    /** "7 · G · NPS": the column's number and letter as a spreadsheet shows them, and its name. */
    public String columnName(int column) {
        String name = columns.get(column);
        return (column + 1) + " · " + ImportNotes.letters(column) + (name.isEmpty() ? "" : " · " + name);
    }

    public boolean ready() {
        return missing.isEmpty();
    }
}
