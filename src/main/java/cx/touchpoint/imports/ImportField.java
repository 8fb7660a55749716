package cx.touchpoint.imports;

import java.util.Locale;

/** A field a CSV column can fill: its code (the header in Touchpoint's own layout), label, and an alias. */
public record ImportField(String code, String label, boolean required, String alias) {

    static ImportField required(String code, String label) {
        return new ImportField(code, label, true, null);
    }

    static ImportField required(String code, String label, String alias) {
        return new ImportField(code, label, true, alias);
    }

    static ImportField optional(String code, String label) {
        return new ImportField(code, label, false, null);
    }

    static ImportField optional(String code, String label, String alias) {
        return new ImportField(code, label, false, alias);
    }

    /** Whether a header names this field: "External ID", "external_id" and "externalId" all do. */
    boolean namedBy(String header) {
        String h = normal(header);
        return h.equals(normal(code)) || (alias != null && h.equals(normal(alias)));
    }

    /** Lower case, letters and digits only: how headers and API field names are compared. */
    static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
