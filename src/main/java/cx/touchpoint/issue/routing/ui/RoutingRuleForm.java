package cx.touchpoint.issue.routing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.KeywordMatcher;
import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.base.ui.ConfirmDelete;
import cx.touchpoint.base.ui.InputProblems;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.base.ui.OptionComboBox;
import cx.touchpoint.issue.IssueConflictException;
import cx.touchpoint.issue.IssueRuleException;
import cx.touchpoint.issue.Severity;
import cx.touchpoint.issue.routing.RoutingRule;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.issue.routing.RoutingService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Edits one routing rule, with a tester that tries the unsaved rule on a sample first. */
class RoutingRuleForm extends Dialog {

    private final RoutingService service;
    private final RoutingRule original;
    final IntegerField position = new IntegerField("Order");
    final TextField name = new TextField("Name");
    final OptionComboBox cue = new OptionComboBox("Cue");
    final OptionComboBox touchPoint = new OptionComboBox("Touch point");
    final ComboBox<LifeCycleStage> stage = new ComboBox<>("Life-cycle stage");
    final OptionComboBox vertical = new OptionComboBox("Vertical market");
    final Select<Severity> minSeverity = new Select<>();
    final TextField keywords = new TextField("Keywords (comma-separated)");
    final OptionComboBox theme = new OptionComboBox("Theme of the comment");
    final OptionComboBox team = new OptionComboBox("Route to team");
    final OptionComboBox specialist = new OptionComboBox("Assign to specialist");
    final Checkbox enabled = new Checkbox("Enabled");
    final TextArea sample = new TextArea("Sample text");
    final Paragraph testResult = new Paragraph();
    final Paragraph error = new Paragraph();

    RoutingRuleForm(RoutingService service, RoutingRule rule, Runnable saved) {
        this.service = service;
        this.original = rule;
        setHeaderTitle(rule.id() == null ? "New routing rule" : "Routing rule: " + rule.name());
        setWidth("min(860px, 96vw)");
        position.setMin(1);
        position.setStepButtonsVisible(true);
        position.setValue(rule.position());
        name.setId("rule-name");
        name.setRequired(true);
        name.setMinLength(RoutingRule.NAME_MIN);
        name.setMaxLength(RoutingRule.NAME_MAX);
        name.setValue(rule.name());
        var choices = service.choices();
        cue.setOptions(choices.cues(), rule.cueId());
        touchPoint.setOptions(choices.touchPoints(), rule.touchPointId());
        vertical.setOptions(choices.verticalMarkets(), rule.verticalMarketId());
        stage.setItems(LifeCycleStage.values());
        stage.setItemLabelGenerator(LifeCycleStage::label);
        stage.setClearButtonVisible(true);
        stage.setValue(rule.lifeCycleStage());
        minSeverity.setLabel("Severity at least");
        minSeverity.setItems(Severity.values());
        minSeverity.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        minSeverity.setEmptySelectionAllowed(true);
        minSeverity.setEmptySelectionCaption("Any");
        minSeverity.setValue(rule.minSeverity());
        keywords.setId("rule-keywords");
        keywords.setValue(String.join(", ", rule.keywords()));
        keywords.setHelperText("Any one of them in the comment, or the theme below. " + KeywordMatcher.SYNTAX);
        theme.setId("rule-theme");
        theme.setOptions(service.themeChoices(rule.themeId()), rule.themeId());
        theme.setHelperText("Matches comments the analysis puts in this theme, whatever their words.");
        team.setId("rule-team");
        team.setOptions(choices.teams(), rule.ownerTeamId());
        team.setRequired(true);
        team.setClearButtonVisible(false);
        team.addValueChangeListener(e -> specialists(null));
        specialists(rule.specialistId());
        enabled.setValue(rule.enabled());
        var form = new FormLayout(
                position,
                name,
                cue,
                touchPoint,
                stage,
                vertical,
                minSeverity,
                keywords,
                theme,
                team,
                specialist,
                enabled);
        form.setColspan(name, 1);
        error.setId("rule-error");
        error.addClassName("form-error");
        add(form, tester(), error);

        var save = new Button("Save", e -> save(saved));
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        if (rule.id() != null) {
            var delete = new Button("Delete", e -> confirmDelete(saved));
            delete.setId("rule-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private Div tester() {
        sample.setId("rule-sample");
        sample.setWidthFull();
        sample.setPlaceholder("e.g. The battery dies after two hours");
        var test = new Button("Test rule", e -> {
            var result = service.testRoutingRule(
                    draft(),
                    new RoutingSample(
                            sample.getValue(),
                            cue.selectedId(),
                            touchPoint.selectedId(),
                            vertical.selectedId(),
                            Severity.MEDIUM));
            testResult.setText("The analysis sees: " + result.themeSeen() + " " + result.explanation() + " "
                    + result.currentRouting());
            testResult.getElement().setAttribute("data-matches", String.valueOf(result.matches()));
        });
        test.setId("rule-test");
        testResult.setId("rule-test-result");
        var box = new Div(
                new H3("Try it before saving"),
                new Paragraph(
                        "The sample takes this rule's cue, touch point and vertical market, medium severity, and the text below."),
                sample,
                test,
                testResult);
        box.addClassName("rule-tester");
        return box;
    }

    RoutingRule draft() {
        return new RoutingRule(
                original.id(),
                position.getValue() == null ? 0 : position.getValue(),
                name.getValue(),
                cue.selectedId(),
                touchPoint.selectedId(),
                stage.getValue(),
                vertical.selectedId(),
                minSeverity.getValue(),
                Arrays.asList(keywords.getValue().split(",")),
                team.selectedId(),
                specialist.selectedId(),
                enabled.getValue(),
                original.version(),
                theme.selectedId());
    }

    private void save(Runnable saved) {
        try {
            service.saveRoutingRule(draft());
            Notifications.success("Rule saved");
            saved.run();
            close();
        } catch (InvalidInput e) {
            InputProblems.show(e, fields(), error);
        } catch (IssueConflictException e) {
            InputProblems.clear(fields(), error);
            error.setText(e.getMessage());
        }
    }

    /** The form's fields by the rule's component names, where refused input is shown. */
    private Map<String, HasValidation> fields() {
        return Map.of(
                "position", position,
                "name", name,
                "keywords", keywords,
                "ownerTeamId", team,
                "specialistId", specialist);
    }

    private void confirmDelete(Runnable saved) {
        ConfirmDelete.open(
                "Delete \"" + original.name() + "\"?",
                "New issues will no longer be routed by it. Issues it already routed keep their team.",
                () -> {
                    try {
                        service.deleteRoutingRule(original.id(), original.version());
                        Notifications.success("Rule deleted");
                        saved.run();
                        close();
                    } catch (IssueConflictException | IssueRuleException ex) {
                        error.setText(ex.getMessage());
                    }
                });
    }

    private void specialists(Long selected) {
        specialist.clear();
        Long teamId = team.selectedId();
        specialist.setOptions(teamId == null ? List.of() : service.specialists(teamId), selected);
    }
}
