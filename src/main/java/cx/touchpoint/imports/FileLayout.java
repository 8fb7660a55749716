package cx.touchpoint.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The layout of a file's header: Touchpoint's own (one header row of field names), a Qualtrics export
 * (three header rows: field id, question text, {@code {"ImportId":…}} with the time zone of date columns),
 * a SurveyMonkey export (two: question, then sub-question or answer option), or any other (one header row,
 * mapped by a person). Each column has a key (what identifies it) and a label (what a person reads).
 * Trailing columns without any header are not columns (Excel leaves them).
 *
 * @param zones column index → the time zone the file states for that column's times (Qualtrics'
 *     {@code "timeZone"}); columns without one are read in the company time zone
 */
record FileLayout(Layout layout, int headerRows, List<String> keys, List<String> labels, Map<Integer, ZoneId> zones) {

    private static final Pattern TIME_ZONE = Pattern.compile("\"timeZone\"\\s*:\\s*\"([^\"]*)\"");

    FileLayout {
        List<String> padded = new ArrayList<>(labels);
        while (padded.size() < keys.size()) {
            padded.add("");
        }
        labels = List.copyOf(padded.subList(0, keys.size()));
        keys = List.copyOf(keys);
        zones = Map.copyOf(zones);
    }

    FileLayout(Layout layout, int headerRows, List<String> keys, List<String> labels) {
        this(layout, headerRows, keys, labels, Map.of());
    }

    enum Layout {
        TOUCHPOINT("Touchpoint"),
        QUALTRICS("Qualtrics export"),
        SURVEYMONKEY("SurveyMonkey export"),
        MAPPED("Other layout: columns mapped by hand");

        final String label;

        Layout(String label) {
            this.label = label;
        }
    }

    /**
     * Recognises the layout from the first three records that hold anything (fewer when the file is that
     * short).
     *
     * @throws ImportRefused when a Qualtrics export names a time zone that does not exist
     */
    static FileLayout detect(List<CSVRecord> first, List<ImportField> fields) {
        List<String> row1 = first.isEmpty() ? List.of() : first.get(0).toList();
        if (first.size() >= 3
                && first.get(2).toList().stream().anyMatch(c -> c.strip().startsWith("{\"ImportId\""))) {
            int width = width(first.subList(0, 3));
            List<String> keys = clean(row1, width);
            return new FileLayout(
                    Layout.QUALTRICS, 3, keys, clean(first.get(1).toList(), width), zones(first.get(2), keys));
        }
        if (first.size() >= 2
                && !row1.isEmpty()
                && ImportField.normal(row1.get(0)).equals("respondentid")) {
            int width = width(first.subList(0, 2));
            return surveyMonkey(clean(row1, width), clean(first.get(1).toList(), width));
        }
        List<String> keys = clean(row1, width(first.subList(0, Math.min(1, first.size()))));
        boolean own = keys.stream().allMatch(k -> k.isEmpty() || fields.stream().anyMatch(f -> f.namedBy(k)))
                && fields.stream().filter(ImportField::required).allMatch(f -> keys.stream()
                        .anyMatch(f::namedBy));
        return new FileLayout(own ? Layout.TOUCHPOINT : Layout.MAPPED, 1, keys, keys);
    }

    /** The columns up to the last one with a header in any header row. */
    private static int width(List<CSVRecord> headerRows) {
        int width = 0;
        for (CSVRecord row : headerRows) {
            for (int i = row.size() - 1; i >= width; i--) {
                if (!row.get(i).isBlank()) {
                    width = i + 1;
                    break;
                }
            }
        }
        return width;
    }

    private static Map<Integer, ZoneId> zones(CSVRecord importIds, List<String> keys) {
        Map<Integer, ZoneId> zones = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(importIds.size(), keys.size()); i++) {
            Matcher m = TIME_ZONE.matcher(importIds.get(i));
            if (m.find()) {
                try {
                    zones.put(i, ZoneId.of(m.group(1).strip()));
                } catch (DateTimeException e) {
                    throw new ImportRefused("The export says the times of column " + keys.get(i) + " are in the time"
                            + " zone \"" + m.group(1) + "\", which Touchpoint does not know. Export it again with a"
                            + " time zone such as America/Denver or UTC.");
                }
            }
        }
        return zones;
    }

    /**
     * The time zone times of this column are in: the one the file states for it, else the one it states for
     * all its other date columns (a Qualtrics export has one); null = the company time zone.
     */
    ZoneId zoneOf(int column) {
        ZoneId own = zones.get(column);
        if (own != null) {
            return own;
        }
        var stated = new java.util.HashSet<>(zones.values());
        return stated.size() == 1 ? stated.iterator().next() : null;
    }

    /** Columns whose names are the same (as headers are compared: case, spaces and signs aside), by name. */
    Map<String, List<Integer>> duplicates() {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isBlank()) {
                byName.computeIfAbsent(ImportField.normal(keys.get(i)), k -> new ArrayList<>())
                        .add(i);
            }
        }
        Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
        byName.forEach((normal, columns) -> {
            if (columns.size() > 1) {
                duplicates.put(keys.get(columns.get(0)), List.copyOf(columns));
            }
        });
        return duplicates;
    }

    private static FileLayout surveyMonkey(List<String> questions, List<String> options) {
        List<String> keys = new ArrayList<>();
        String question = "";
        for (int i = 0; i < questions.size(); i++) {
            if (!questions.get(i).isBlank()) {
                question = questions.get(i).strip();
            }
            String option = i < options.size() ? options.get(i).strip() : "";
            boolean plain = option.isEmpty()
                    || option.equalsIgnoreCase("Response")
                    || option.equalsIgnoreCase("Open-Ended Response");
            keys.add(plain ? question : question + " | " + option);
        }
        return new FileLayout(Layout.SURVEYMONKEY, 2, keys, keys);
    }

    /** Column index → field code, found by the columns' names (and, for survey tools, their questions). */
    Map<Integer, String> guessMapping(List<ImportField> fields, List<Cue> cues) {
        Map<Integer, String> mapping = new LinkedHashMap<>();
        // of two columns with the same name neither is guessed: a person chooses which one is imported
        var duplicated = duplicates().values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < keys.size(); i++) {
            if (duplicated.contains(i)) {
                continue;
            }
            String field = guess(keys.get(i), labels.get(i), fields, cues);
            if (field != null && !mapping.containsValue(field)) {
                mapping.put(i, field);
            }
        }
        return mapping;
    }

    private String guess(String key, String label, List<ImportField> fields, List<Cue> cues) {
        for (ImportField f : fields) {
            if (f.namedBy(key)) {
                return f.code();
            }
        }
        String k = ImportField.normal(key);
        var known =
                switch (k) {
                    case "responseid", "respondentid" -> "response_id";
                    case "recipientemail", "emailaddress" -> "contact_email";
                    case "externalreference", "externaldatareference", "customdata1" -> "account_external_id";
                    case "recordeddate", "enddate" -> "responded_at";
                    default -> null;
                };
        if (known != null && fields.stream().anyMatch(f -> f.code().equals(known))) {
            return known;
        }
        if (layout == Layout.TOUCHPOINT || layout == Layout.MAPPED || k.endsWith("npsgroup")) {
            return null;
        }
        String text = (label + " " + key).toLowerCase(Locale.ROOT);
        if (text.contains("recommend") && fields.stream().anyMatch(f -> f.code().equals("nps"))) {
            return "nps";
        }
        for (Cue cue : cues) {
            if (text.contains(cue.name().toLowerCase(Locale.ROOT))) {
                if (text.contains("expect")) return cue.code() + "_expected";
                if (text.contains("experienc")) return cue.code() + "_experienced";
            }
        }
        return text.contains("comment") ? "comment" : null;
    }

    /** The same for every file with this header, whatever its rows: the key a mapping is remembered by. */
    String signature() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((headerRows + "\n" + String.join("\u001f", keys) + "\n" + String.join("\u001f", labels))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> clean(List<String> cells, int width) {
        List<String> clean = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            clean.add(i < cells.size() ? cells.get(i).strip() : "");
        }
        return clean;
    }

    /** A perception cue: the code used in field names and the name used in questions. */
    record Cue(String code, String name) {}
}
