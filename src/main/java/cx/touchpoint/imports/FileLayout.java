package cx.touchpoint.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The layout of a file's header: Touchpoint's own (one header row of field names), a Qualtrics export
 * (three header rows: field id, question text, {@code {"ImportId":…}}), a SurveyMonkey export (two:
 * question, then sub-question or answer option), or any other (one header row, mapped by a person).
 * Each column has a key (what identifies it) and a label (what a person reads).
 */
record FileLayout(Layout layout, int headerRows, List<String> keys, List<String> labels) {

    FileLayout {
        List<String> padded = new ArrayList<>(labels);
        while (padded.size() < keys.size()) {
            padded.add("");
        }
        labels = List.copyOf(padded.subList(0, keys.size()));
        keys = List.copyOf(keys);
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

    /** Recognises the layout from the first three records (fewer when the file is that short). */
    static FileLayout detect(List<CSVRecord> first, List<ImportField> fields) {
        List<String> row1 = first.isEmpty() ? List.of() : first.get(0).toList();
        if (first.size() >= 3
                && first.get(2).toList().stream().anyMatch(c -> c.strip().startsWith("{\"ImportId\""))) {
            return new FileLayout(
                    Layout.QUALTRICS, 3, clean(row1), clean(first.get(1).toList()));
        }
        if (first.size() >= 2
                && !row1.isEmpty()
                && ImportField.normal(row1.get(0)).equals("respondentid")) {
            return surveyMonkey(row1, first.get(1).toList());
        }
        List<String> keys = clean(row1);
        boolean own = keys.stream().allMatch(k -> k.isEmpty() || fields.stream().anyMatch(f -> f.namedBy(k)))
                && fields.stream().filter(ImportField::required).allMatch(f -> keys.stream()
                        .anyMatch(f::namedBy));
        return new FileLayout(own ? Layout.TOUCHPOINT : Layout.MAPPED, 1, keys, keys);
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
        for (int i = 0; i < keys.size(); i++) {
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

    private static List<String> clean(List<String> cells) {
        return cells.stream().map(String::strip).toList();
    }

    /** A perception cue: the code used in field names and the name used in questions. */
    record Cue(String code, String name) {}
}
