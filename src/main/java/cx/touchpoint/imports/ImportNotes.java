package cx.touchpoint.imports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import says about a file before anything is stored: the time zone its times are read in,
 * columns with the same name and which of them is imported, and the mapping an API caller gives by column
 * name.
 */
final class ImportNotes {

    private static final List<String> TIME_FIELDS = List.of("responded_at", "defected_on");
    /** The response fields read through {@link Cells#noAnswer}: NPS, comment and the cue answers. */
    private static final java.util.function.Predicate<String> ANSWER_FIELD = field -> field.equals("nps")
            || field.equals("comment")
            || field.endsWith("_expected")
            || field.endsWith("_experienced")
            || field.endsWith("_value");

    private ImportNotes() {}

    /** In which time zone the mapped time columns are read: the one the export states, else the company's. */
    static List<String> notices(FileLayout layout, Map<Integer, String> mapping, ZoneId company) {
        List<String> notices = new ArrayList<>();
        mapping.forEach((column, field) -> {
            if (TIME_FIELDS.contains(field)) {
                ZoneId stated = layout.zoneOf(column);
                notices.add(
                        stated != null
                                ? "Times in " + column(layout, column) + " are read in " + stated.getId()
                                        + ", the time zone the export states; times with an offset keep theirs."
                                : "Times in " + column(layout, column) + " without an offset are read in the company"
                                        + " time zone, " + company.getId() + ".");
            }
        });
        return notices;
    }

    /**
     * One notice per answer column whose previewed cells hold a "seen but unanswered" code: it is read as no
     * answer, which a person would otherwise take for an invalid value left in.
     */
    static List<String> noAnswers(FileLayout layout, Map<Integer, String> mapping, List<List<String>> rows) {
        List<String> notices = new ArrayList<>();
        mapping.forEach((column, field) -> {
            if (ANSWER_FIELD.test(field)) {
                rows.stream()
                        .filter(cells -> column < cells.size() && Cells.noAnswer(cells.get(column)))
                        .map(cells -> cells.get(column).strip())
                        .findFirst()
                        .ifPresent(code -> notices.add("\"" + code + "\" in " + column(layout, column) + " is read"
                                + " as no answer (seen but not answered), not as an invalid value."));
            }
        });
        return notices;
    }

    /**
     * One warning per name that several columns share: which of them is imported (the one mapped) and that
     * the others are left out, or that none is until a person chooses.
     */
    static List<String> duplicates(FileLayout layout, Map<Integer, String> mapping) {
        List<String> warnings = new ArrayList<>();
        layout.duplicates().forEach((name, columns) -> {
            String all = "Columns " + positions(columns);
            List<Integer> mapped = columns.stream().filter(mapping::containsKey).toList();
            warnings.add(
                    mapped.isEmpty()
                            ? all + " are named \"" + name + "\" alike, so none of them is imported. Choose below"
                                    + " which one fills a field; the others are left out."
                            : all + " are named \"" + name + "\" alike: only column " + positions(mapped)
                                    + " is imported, the others are left out. Check below that it is the right one.");
        });
        return warnings;
    }

    /**
     * The mapping an API caller asks for: the recognised one, changed by {@code byName} (column name →
     * field code, "" to leave the column out). A name several columns share must be named with "" (left
     * out): by name the API cannot tell which of them is meant.
     */
    static Map<Integer, String> byName(ImportPlan guessed, Map<String, String> byName) {
        FileLayout layout = guessed.layout();
        Map<String, String> asked = byName == null ? Map.of() : byName;
        Map<Integer, String> mapping = new LinkedHashMap<>(guessed.mapping());
        var known = guessed.fields().stream().map(ImportField::code).toList();
        asked.forEach((name, field) -> {
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < layout.keys().size(); i++) {
                if (ImportField.normal(layout.keys().get(i)).equals(ImportField.normal(name))) {
                    columns.add(i);
                }
            }
            if (columns.isEmpty()) {
                throw new ImportRefused("mapping: no column is named \"" + name + "\".");
            }
            if (field == null || field.isBlank()) {
                columns.forEach(mapping::remove);
                return;
            }
            if (!known.contains(field)) {
                throw new ImportRefused("mapping: \"" + field + "\" is not a field of this kind of file. Fields: "
                        + String.join(", ", known) + ".");
            }
            if (columns.size() > 1) {
                throw new ImportRefused("mapping: " + columns.size() + " columns are named \"" + name
                        + "\"; rename them in the file so that each name is one column's.");
            }
            mapping.values().removeIf(field::equals);
            mapping.put(columns.get(0), field);
        });
        List<String> undecided = new ArrayList<>();
        layout.duplicates().forEach((name, columns) -> {
            boolean leftOut = asked.entrySet().stream()
                    .anyMatch(e -> ImportField.normal(e.getKey()).equals(ImportField.normal(name))
                            && (e.getValue() == null || e.getValue().isBlank()));
            // only a person maps one of them (on the import page, remembered for this header): never a guess
            boolean chosen = columns.stream().anyMatch(mapping::containsKey);
            if (!leftOut && !chosen) {
                undecided.add("Columns " + positions(columns) + " are named \"" + name + "\" alike");
            }
        });
        if (!undecided.isEmpty()) {
            throw new ImportRefused(String.join("; ", undecided) + ". Nothing was imported: rename the columns so"
                    + " that each name is one column's, or leave them out with the mapping {\"" + firstName(layout)
                    + "\": \"\"}.");
        }
        return mapping;
    }

    /** A name fit for the import list: the file's own, without a path, at most 255 characters. */
    static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").strip();
        base = base.replaceAll("\\p{Cntrl}", "");
        if (base.isEmpty()) {
            return "upload.csv";
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    /** "column 7 (G, "NPS")": the number and letter a spreadsheet shows, and the column's name. */
    static String column(FileLayout layout, int index) {
        String name = layout.keys().get(index);
        return "column " + (index + 1) + " (" + letters(index) + (name.isEmpty() ? "" : ", \"" + name + "\"") + ")";
    }

    /** "7 (G) and 9 (I)". */
    private static String positions(List<Integer> columns) {
        return columns.stream().map(c -> (c + 1) + " (" + letters(c) + ")").collect(Collectors.joining(" and "));
    }

    private static String firstName(FileLayout layout) {
        return layout.duplicates().keySet().iterator().next();
    }

    /** 0 → A, 25 → Z, 26 → AA: a spreadsheet's column letters. */
    static String letters(int index) {
        var letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
