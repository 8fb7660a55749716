package cx.touchpoint.issue.routing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.KeywordMatcher;
import cx.touchpoint.base.ui.ConfirmDelete;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.issue.IssueRuleException;
import cx.touchpoint.issue.routing.RoutingService;
import java.util.Arrays;

/** The words that make a survey comment an issue on their own; admins edit, leads read. */
class ComplaintKeywordsEditor extends Div {

    final TextArea keywords = new TextArea("Complaint keywords (comma-separated)");

    ComplaintKeywordsEditor(RoutingService service) {
        addClassName("complaint-keywords");
        add(
                new H2("Complaint keywords"),
                new Paragraph("A survey comment or complaint containing one of these words raises an issue even"
                        + " when its scores are fine, matched exactly as the routing rules match theirs."));
        keywords.setId("complaint-keywords");
        keywords.setWidthFull();
        keywords.setHelperText(KeywordMatcher.SYNTAX);
        keywords.setValue(String.join(", ", service.complaintKeywords()));
        add(keywords, tester(service));
        if (!service.canEditRoutingRules()) {
            keywords.setReadOnly(true);
            return;
        }
        var save = new Button("Save keywords", e -> {
            if (keywords.getValue().replace(",", "").isBlank()) {
                // an empty list silently turned off complaint detection; make it a decision
                ConfirmDelete.open(
                                "Remove every complaint keyword?",
                                "Survey comments will then raise issues only through low scores; no word marks a"
                                        + " complaint any more.",
                                "Remove all",
                                () -> save(service))
                        .setId("confirm-empty-keywords");
            } else {
                save(service);
            }
        });
        save.setId("save-complaint-keywords");
        add(save);
    }

    /** Tries a comment against the saved keywords with the matcher complaint detection uses. */
    private static Div tester(RoutingService service) {
        var sample = new TextField("Try a comment");
        sample.setId("complaint-sample");
        sample.setWidthFull();
        sample.setPlaceholder("e.g. Please call me later");
        var result = new Paragraph();
        result.setId("complaint-test-result");
        result.getElement().setAttribute("aria-live", "polite");
        var test = new Button(
                "Test keywords",
                e -> result.setText(service.complaintKeywordIn(sample.getValue())
                        .map(k -> "Raises an issue: the saved keyword \"" + k + "\" occurs in the comment.")
                        .orElse("No saved complaint keyword occurs in the comment: no issue from the text alone.")));
        test.setId("complaint-test");
        var tester = new Div(sample, test, result);
        tester.addClassName("complaint-tester");
        return tester;
    }

    private void save(RoutingService service) {
        try {
            service.saveComplaintKeywords(Arrays.asList(keywords.getValue().split(",")));
            keywords.setValue(String.join(", ", service.complaintKeywords()));
            keywords.setInvalid(false);
            Notifications.success("Complaint keywords saved");
        } catch (IssueRuleException ex) {
            keywords.setErrorMessage(ex.getMessage());
            keywords.setInvalid(true);
        }
    }
}
