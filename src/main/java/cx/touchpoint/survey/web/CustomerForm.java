package cx.touchpoint.survey.web;

import cx.touchpoint.base.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a customer page's form shows around its fields: the values as the customer sent them (so a
 * refused form comes back as it was filled in) and each problem beside its field; problems of no
 * field go to the summary at the top. Field names are the services' (e.g. {@code item.12.expected}).
 */
final class CustomerForm {

    /** One form field: its name (the service's), an HTML id, the value sent and its problem. */
    record Field(String name, String id, String value, String error) {

        public boolean hasError() {
            return !error.isEmpty();
        }

        /** The ids a control's aria-describedby names: its hint (when given) and its error (when any). */
        public String describedBy(String hintId) {
            String ids = (hintId == null ? "" : hintId) + (hasError() ? " " + id + "-error" : "");
            return ids.isBlank() ? null : ids.strip();
        }
    }

    /** A problem for the summary: its text and the id of the field it links to (null: none). */
    record Summary(String message, String target) {}

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<Summary> summary = new ArrayList<>();

    CustomerForm(Map<String, String> values) {
        this.values = values;
    }

    static CustomerForm empty() {
        return new CustomerForm(Map.of());
    }

    /** The form as sent, with the service's refusal spread over its fields. */
    static CustomerForm refused(Map<String, String> values, InvalidInput refused) {
        var form = new CustomerForm(values);
        for (var problem : refused.problems()) {
            String message = sentence(problem.message());
            if (problem.field() != null) {
                form.errors.merge(problem.field(), message, (a, b) -> a + " " + b);
            }
            form.summary.add(new Summary(message, problem.field() == null ? null : id(problem.field())));
        }
        return form;
    }

    Field field(String name) {
        return new Field(name, id(name), values.getOrDefault(name, ""), errors.getOrDefault(name, ""));
    }

    List<Summary> summary() {
        return summary;
    }

    boolean refused() {
        return !summary.isEmpty();
    }

    /** An HTML id for a field name: {@code item.12.expected} → {@code item-12-expected}. */
    static String id(String name) {
        return name.replace('.', '-');
    }

    private static String sentence(String message) {
        String text = message.strip();
        if (text.isEmpty()) {
            return text;
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
