package cx.touchpoint.imports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import cx.touchpoint.imports.ImportField;
import cx.touchpoint.imports.ImportPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The preview of an uploaded file: what was recognised, notices and warnings, the mapping (one choice per
 * field, not one per file column: a file may have hundreds) and the first rows of the columns imported.
 */
class PreviewPanel extends Div {

    /** Without any mapped column the preview shows this many of the file's first columns. */
    private static final int FIRST_COLUMNS = 6;

    private static final int NAMES_LISTED = 12;

    PreviewPanel(ImportPreview preview, String fileName, Consumer<Map<Integer, String>> remap) {
        addClassName("preview-panel");
        long invalid = preview.rows().stream().filter(r -> !r.valid()).count();
        var summary = new Paragraph(fileName + ": " + preview.layout() + "; " + preview.dialect() + "; "
                + preview.columns().size() + " columns. "
                + (preview.ready()
                        ? (invalid == 0
                                ? "The first " + preview.rows().size() + " rows are valid."
                                : invalid + " of the first " + preview.rows().size()
                                        + " rows have problems (marked red).")
                        : "Map a column to each required field first."));
        summary.setId("preview-summary");
        add(summary);
        if (!preview.warnings().isEmpty()) {
            add(list("preview-warnings", preview.warnings()));
        }
        if (!preview.notices().isEmpty()) {
            add(list("preview-notices", preview.notices()));
        }
        if (!preview.missing().isEmpty()) {
            add(list(
                    "preview-missing",
                    preview.missing().stream()
                            .map(f -> "No column for: " + f.label())
                            .toList()));
        }
        add(mapping(preview, remap));
        List<Integer> shown = shownColumns(preview);
        add(notImported(preview, shown));
        add(grid(preview, shown));
    }

    private static UnorderedList list(String className, List<String> texts) {
        var list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text)));
        list.addClassName(className);
        return list;
    }

    /** One choice per field: which column fills it. */
    private static Details mapping(ImportPreview preview, Consumer<Map<Integer, String>> remap) {
        var form = new Div();
        form.addClassName("mapping-form");
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        preview.mapping().forEach((column, field) -> columnOf.put(field, column));
        List<Integer> columns =
                IntStream.range(0, preview.columns().size()).boxed().toList();
        for (ImportField f : preview.fields()) {
            var choice = new ComboBox<Integer>(f.label() + (f.required() ? " *" : ""));
            choice.setItems(columns);
            choice.setItemLabelGenerator(c -> columnName(preview, c));
            choice.setPlaceholder("Not imported");
            choice.setClearButtonVisible(true);
            choice.setValue(columnOf.get(f.code()));
            choice.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Map<Integer, String> chosen = new LinkedHashMap<>(preview.mapping());
                    chosen.values().removeIf(v -> v.equals(f.code()));
                    if (e.getValue() != null) {
                        chosen.put(e.getValue(), f.code());
                    }
                    remap.accept(chosen);
                }
            });
            form.add(choice);
        }
        var details = new Details("Fields ← columns (remembered for files with this header)", form);
        details.setOpened(!preview.ready() || !preview.warnings().isEmpty());
        details.setId("column-mapping");
        return details;
    }

    /** The mapped columns in file order; without any, the file's first few (to help map them). */
    private static List<Integer> shownColumns(ImportPreview preview) {
        if (!preview.mapping().isEmpty()) {
            return new ArrayList<>(new TreeSet<>(preview.mapping().keySet()));
        }
        return IntStream.range(0, Math.min(FIRST_COLUMNS, preview.columns().size()))
                .boxed()
                .toList();
    }

    private static Paragraph notImported(ImportPreview preview, List<Integer> shown) {
        List<String> names = IntStream.range(0, preview.columns().size())
                .filter(c -> !preview.mapping().containsKey(c))
                .mapToObj(c -> columnName(preview, c))
                .toList();
        var text = new Paragraph(
                names.isEmpty()
                        ? "Every column is imported."
                        : names.size() + " column" + (names.size() == 1 ? " is" : "s are") + " not imported: "
                                + String.join("; ", names.subList(0, Math.min(NAMES_LISTED, names.size())))
                                + (names.size() > NAMES_LISTED ? "; …" : "") + ".");
        text.addClassName("preview-not-imported");
        return text;
    }

    private static Grid<ImportPreview.Row> grid(ImportPreview preview, List<Integer> shown) {
        var grid = new Grid<ImportPreview.Row>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("preview-grid");
        grid.addColumn(ImportPreview.Row::number)
                .setHeader("Row")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(PreviewPanel::rowProblems)
                .setHeader("Row problems")
                .setAutoWidth(true);
        Map<String, String> labels = new LinkedHashMap<>();
        preview.fields().forEach(f -> labels.put(f.code(), f.label()));
        for (int column : shown) {
            String field = preview.mapping().get(column);
            String header = shorten(preview.columns().get(column));
            grid.addComponentColumn(row -> cell(row, column))
                    .setHeader(field == null ? header + " (not imported)" : labels.get(field) + " ← " + header)
                    .setAutoWidth(true);
        }
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String columnName(ImportPreview preview, int column) {
        String name = preview.columnName(column);
        return name.length() > 50 ? name.substring(0, 49) + "…" : name;
    }

    private static Span cell(ImportPreview.Row row, int column) {
        String text = column < row.cells().size() ? row.cells().get(column) : "";
        var cell = new Span(text);
        String problem = row.cellProblems().get(column);
        if (problem != null) {
            cell.addClassName("cell-problem");
            var why = new Span(problem);
            why.addClassName("cell-problem-text");
            cell.add(why);
            cell.getElement().setAttribute("title", problem);
        }
        return cell;
    }

    private static Span rowProblems(ImportPreview.Row row) {
        var span = new Span(String.join("; ", row.rowProblems()));
        if (!row.rowProblems().isEmpty()) {
            span.addClassName("cell-problem-text");
        }
        return span;
    }

    private static String shorten(String header) {
        return header.length() > 40 ? header.substring(0, 39) + "…" : header;
    }
}
