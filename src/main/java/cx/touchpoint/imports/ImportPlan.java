package cx.touchpoint.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything an import needs to read a file: where it is, how it is written and what each column is. */
record ImportPlan(
        Path file,
        String fileName,
        ImportKind kind,
        CsvSource.Dialect dialect,
        FileLayout layout,
        Map<Integer, String> mapping,
        List<ImportField> fields,
        List<String> cueCodes) {

    /** Field code → column index. */
    Map<String, Integer> columnOf() {
        var columns = new java.util.HashMap<String, Integer>();
        mapping.forEach((column, field) -> columns.put(field, column));
        return columns;
    }

    List<ImportField> missing() {
        return fields.stream()
                .filter(ImportField::required)
                .filter(f -> !mapping.containsValue(f.code()))
                .toList();
    }
}
