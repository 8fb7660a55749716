package cx.touchpoint.imports;

import java.util.ArrayList;
import java.util.List;

/** What a CSV file holds, with the fields of Touchpoint's own layout (the one its exports write). */
public enum ImportKind {
    ACCOUNTS("Accounts"),
    CONTACTS("Contacts"),
    RESPONSES("Responses");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The fields a column can be mapped to; responses have four per perception cue (by cue code). */
    List<ImportField> fields(List<String> cueCodes) {
        return switch (this) {
            case ACCOUNTS -> List.of(
                    ImportField.required("external_id", "External id"),
                    ImportField.required("name", "Name"),
                    ImportField.required("vertical_market", "Vertical market"),
                    ImportField.required("location", "Location (country)"),
                    ImportField.required("service_platform", "Service platform"),
                    ImportField.required("account_executive", "Account executive (username)"),
                    ImportField.required("revenue", "Annual revenue", "annual_revenue"),
                    ImportField.required("potential_revenue", "Potential revenue"),
                    ImportField.optional("status", "Status (ACTIVE / DEFECTED)"),
                    ImportField.optional("defected_on", "Defection date"));
            case CONTACTS -> List.of(
                    ImportField.required("account_external_id", "Account external id"),
                    ImportField.required("name", "Name", "full_name"),
                    ImportField.required("email", "Email"),
                    ImportField.optional("role", "Role", "job_title"));
            case RESPONSES -> {
                List<ImportField> fields = new ArrayList<>(List.of(
                        ImportField.optional("response_id", "Response id"),
                        ImportField.required("account_external_id", "Account external id"),
                        ImportField.optional("contact_email", "Contact email"),
                        ImportField.optional("pattern", "Pattern (PAST / PRESENT / POTENTIAL)"),
                        ImportField.optional("touch_point", "Touch point (code)"),
                        ImportField.required("responded_at", "Responded at", "submitted_at"),
                        ImportField.optional("nps", "Likelihood to recommend (0-10)"),
                        ImportField.optional("comment", "Comment")));
                for (String cue : cueCodes) {
                    fields.add(ImportField.optional(cue + "_expected", cue + ": expected (1-7)"));
                    fields.add(ImportField.optional(cue + "_experienced", cue + ": experienced (1-7)"));
                    fields.add(ImportField.optional(cue + "_expected_value", cue + ": expected value"));
                    fields.add(ImportField.optional(cue + "_perceived_value", cue + ": perceived value"));
                }
                yield fields;
            }
        };
    }
}
