package cx.touchpoint.imports;

import cx.touchpoint.account.AccountInput;
import cx.touchpoint.account.ContactInput;
import cx.touchpoint.survey.ExternalResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a row into what the account and response services take, by the field codes of {@link ImportKind}. */
final class RowConverter {

    /** Without a pattern column every response is taken as a relationship survey answer. */
    static final String DEFAULT_PATTERN = "PRESENT";

    private final List<String> cueCodes;

    RowConverter(List<String> cueCodes) {
        this.cueCodes = cueCodes;
    }

    AccountInput account(ImportRow row) {
        for (String field : List.of(
                "external_id",
                "name",
                "vertical_market",
                "location",
                "service_platform",
                "account_executive",
                "revenue",
                "potential_revenue")) {
            row.required(field);
        }
        return new AccountInput(
                row.identifier("external_id"),
                row.text("name"),
                row.text("vertical_market"),
                row.text("location"),
                row.text("service_platform"),
                row.text("account_executive"),
                row.decimal("revenue"),
                row.decimal("potential_revenue"),
                row.text("status"),
                row.date("defected_on"));
    }

    ContactInput contact(ImportRow row) {
        return new ContactInput(
                row.identifier("account_external_id"), row.text("name"), row.text("email"), row.text("role"));
    }

    /** The response, and the cue of each of its answers in order (to place answer problems on their columns). */
    record Response(ExternalResponse response, List<String> answerCues) {}

    Response response(ImportRow row) {
        row.required("responded_at");
        List<ExternalResponse.Answer> answers = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        for (String cue : cueCodes) {
            // an answer compares expectation with experience: "seen but not answered" on either side (a
            // no-answer code such as Qualtrics' -99) leaves the item unanswered, as empty cells do
            String expected = row.text(cue + "_expected");
            String experienced = row.text(cue + "_experienced");
            if ((expected != null && Cells.noAnswer(expected))
                    || (experienced != null && Cells.noAnswer(experienced))) {
                continue;
            }
            if (expected != null || experienced != null) {
                answers.add(new ExternalResponse.Answer(
                        cue,
                        row.integer(cue + "_expected"),
                        row.integer(cue + "_experienced"),
                        row.answerDecimal(cue + "_expected_value"),
                        row.answerDecimal(cue + "_perceived_value")));
                cues.add(cue);
            }
        }
        String pattern = row.mapped("pattern") ? row.text("pattern") : DEFAULT_PATTERN;
        var response = new ExternalResponse(
                row.identifier("response_id"),
                row.identifier("account_external_id"),
                row.text("contact_email"),
                pattern,
                row.text("touch_point"),
                row.instant("responded_at"),
                row.answerInteger("nps"),
                row.answer("comment"),
                null,
                answers);
        return new Response(response, cues);
    }

    /** The import field a service's field name concerns: {@code answers[2].expected} → {@code reliability_expected}. */
    static String columnField(String field, List<ImportField> fields, List<String> answerCues) {
        if (field.startsWith("answers[")) {
            int end = field.indexOf(']');
            int index = Integer.parseInt(field.substring(8, end));
            String part = field.substring(end + 2);
            String cue = index < answerCues.size() ? answerCues.get(index) : "";
            return cue + (part.equals("experienced") ? "_experienced" : "_expected");
        }
        String normal = ImportField.normal(field);
        return fields.stream()
                .filter(f -> f.namedBy(field) || ImportField.normal(f.code()).equals(normal))
                .map(ImportField::code)
                .findFirst()
                .orElse(field.toLowerCase(Locale.ROOT));
    }
}
