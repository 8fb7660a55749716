package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.InputProblems;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.issue.ManualIssue;
import cx.touchpoint.issue.RaiseIssueService;
import cx.touchpoint.issue.Severity;
import java.util.Map;
import java.util.function.LongConsumer;

/** Raising an issue by hand; it is routed by the same rules as survey signals. */
class NewIssueDialog extends Dialog {

    final ComboBox<Option> account = new ComboBox<>("Account");
    final ComboBox<Option> cue = new ComboBox<>("Perception cue");
    final ComboBox<Option> touchPoint = new ComboBox<>("Touch point");
    final Select<Severity> severity = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    private final Paragraph error = new Paragraph();

    NewIssueDialog(RaiseIssueService service, LongConsumer created) {
        setHeaderTitle("New issue");
        setWidth("min(640px, 96vw)");
        account.setId("new-issue-account");
        account.setItems(
                query -> service.accounts(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        account.setItemLabelGenerator(Option::name);
        account.setRequired(true);
        cue.setItems(service.cues());
        cue.setItemLabelGenerator(Option::name);
        cue.setClearButtonVisible(true);
        touchPoint.setItems(service.touchPoints());
        touchPoint.setItemLabelGenerator(Option::name);
        touchPoint.setClearButtonVisible(true);
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Severity::label);
        severity.setValue(Severity.MEDIUM);
        title.setId("new-issue-title");
        title.setRequired(true);
        title.setMinLength(ManualIssue.TITLE_MIN);
        title.setMaxLength(ManualIssue.TITLE_MAX);
        description.setMaxLength(ManualIssue.DESCRIPTION_MAX);
        error.addClassName("form-error");
        error.setId("new-issue-error");
        var form = new FormLayout(account, severity, cue, touchPoint, title, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form, error);

        var create = new Button("Create issue", e -> {
            try {
                long id = service.create(new ManualIssue(
                        account.getValue() == null ? null : account.getValue().id(),
                        cue.getValue() == null ? null : cue.getValue().id(),
                        touchPoint.getValue() == null
                                ? null
                                : touchPoint.getValue().id(),
                        severity.getValue(),
                        title.getValue(),
                        description.getValue()));
                Notifications.success("Issue #" + id + " created and routed");
                close();
                created.accept(id);
            } catch (InvalidInput ex) {
                InputProblems.show(
                        ex,
                        Map.of(
                                "accountId", account,
                                "severity", severity,
                                "title", title,
                                "description", description),
                        error);
            }
        });
        create.setId("new-issue-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, create);
    }
}
