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

    /** The fields a column can be mapped to; responses have four per perception cue (coded by cue code, labelled by name). */
    List<ImportField> fields(List<FileLayout.Cue> cues) {
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
                for (var cue : cues) {
                    String code = cue.code();
                    fields.add(ImportField.optional(code + "_expected", cue.name() + ": expected (1-7)"));
                    fields.add(ImportField.optional(code + "_experienced", cue.name() + ": experienced (1-7)"));
                    fields.add(ImportField.optional(code + "_expected_value", cue.name() + ": expected value"));
                    fields.add(ImportField.optional(code + "_perceived_value", cue.name() + ": perceived value"));
                }
                yield fields;
            }
        };
    }
}
