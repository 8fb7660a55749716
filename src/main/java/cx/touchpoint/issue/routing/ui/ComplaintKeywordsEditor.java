package cx.touchpoint.issue.routing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
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
                new H3("Complaint keywords"),
                new Paragraph("A survey comment containing one of these words raises an"
                        + " issue even when its scores are fine. Matched at the start of a word, in any case."));
        keywords.setId("complaint-keywords");
        keywords.setWidthFull();
        keywords.setValue(String.join(", ", service.complaintKeywords()));
        add(keywords);
        if (!service.canEditRoutingRules()) {
            keywords.setReadOnly(true);
            return;
        }
        var save = new Button("Save keywords", e -> {
            try {
                service.saveComplaintKeywords(Arrays.asList(keywords.getValue().split(",")));
                keywords.setValue(String.join(", ", service.complaintKeywords()));
                keywords.setInvalid(false);
                Notifications.success("Complaint keywords saved");
            } catch (IssueRuleException ex) {
                keywords.setErrorMessage(ex.getMessage());
                keywords.setInvalid(true);
            }
        });
        save.setId("save-complaint-keywords");
        add(save);
    }
}
