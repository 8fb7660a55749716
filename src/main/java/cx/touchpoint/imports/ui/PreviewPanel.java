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
import cx.touchpoint.imports.ImportPreview;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The preview of an uploaded file: what was recognised, the column mapping, and the first rows checked. */
class PreviewPanel extends Div {

    PreviewPanel(ImportPreview preview, String fileName, Consumer<Map<Integer, String>> remap) {
        addClassName("preview-panel");
        long invalid = preview.rows().stream().filter(r -> !r.valid()).count();
        var summary = new Paragraph(fileName + ": " + preview.layout() + "; " + preview.dialect() + ". "
                + (preview.ready()
                        ? (invalid == 0
                                ? "The first " + preview.rows().size() + " rows are valid."
                                : invalid + " of the first " + preview.rows().size()
                                        + " rows have problems (marked red).")
                        : "Map a column to each required field first."));
        summary.setId("preview-summary");
        add(summary);
        if (!preview.missing().isEmpty()) {
            var missing = new UnorderedList();
            preview.missing().forEach(f -> missing.add(new ListItem("No column for: " + f.label())));
            missing.addClassName("preview-missing");
            add(missing);
        }
        add(mapping(preview, remap));
        add(grid(preview));
    }

    private static Details mapping(ImportPreview preview, Consumer<Map<Integer, String>> remap) {
        var form = new Div();
        form.addClassName("mapping-form");
        Map<String, String> labels = new LinkedHashMap<>();
        preview.fields().forEach(f -> labels.put(f.code(), f.label() + (f.required() ? " *" : "")));
        for (int i = 0; i < preview.columns().size(); i++) {
            int column = i;
            String header = preview.columns().get(i);
            var field = new ComboBox<String>(header.isEmpty() ? "Column " + (i + 1) : shorten(header));
            field.setItems(labels.keySet());
            field.setItemLabelGenerator(labels::get);
            field.setPlaceholder("Not imported");
            field.setClearButtonVisible(true);
            field.setValue(preview.mapping().get(i));
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Map<Integer, String> chosen = new LinkedHashMap<>(preview.mapping());
                    chosen.values().removeIf(v -> v.equals(e.getValue()));
                    if (e.getValue() == null) {
                        chosen.remove(column);
                    } else {
                        chosen.put(column, e.getValue());
                    }
                    remap.accept(chosen);
                }
            });
            form.add(field);
        }
        var details = new Details("Columns → fields (remembered for files with this header)", form);
        details.setOpened(!preview.ready());
        details.setId("column-mapping");
        return details;
    }

    private static Grid<ImportPreview.Row> grid(ImportPreview preview) {
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
        for (int i = 0; i < preview.columns().size(); i++) {
            int column = i;
            String field = preview.mapping().get(i);
            String header = preview.columns().get(i);
            grid.addComponentColumn(row -> cell(row, column))
                    .setHeader(shorten(header) + (field == null ? " (not imported)" : ""))
                    .setAutoWidth(true);
        }
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(true);
        return grid;
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
