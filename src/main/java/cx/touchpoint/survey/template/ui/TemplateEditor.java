package cx.touchpoint.survey.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.Option;
import cx.touchpoint.survey.SurveyLength;
import cx.touchpoint.survey.SurveyPattern;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.template.SurveyTemplates;
import cx.touchpoint.survey.template.TemplateDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Create or edit a template: its kind, touch point, questions in order (move up and down), NPS, comment. */
class TemplateEditor extends Dialog {

    private final SurveyTemplates templates;
    private final Long id;
    private final Runnable saved;
    private final List<Option> cues;
    private final List<Option> standards;
    private final TextField name = new TextField("Name");
    private final ComboBox<SurveyPattern> pattern = new ComboBox<>("Kind");
    private final ComboBox<Option> touchPoint = new ComboBox<>("Touch point");
    private final TextArea introduction = new TextArea("Introduction");
    private final Checkbox asksNps = new Checkbox("Ask likelihood to recommend (NPS, 0-10)");
    private final Checkbox asksComment = new Checkbox("Ask for a comment");
    private final List<TemplateDraft.Item> items = new ArrayList<>();
    private final VerticalLayout itemRows = new VerticalLayout();
    private final Paragraph warning = new Paragraph();
    private final Paragraph error = new Paragraph();

    TemplateEditor(SurveyTemplates templates, Long id, Runnable saved) {
        this.templates = templates;
        this.id = id;
        this.saved = saved;
        this.cues = templates.cues();
        this.standards = templates.standards();
        setHeaderTitle(id == null ? "New survey template" : "Edit survey template");
        setId("template-editor");
        setWidth("min(860px, 96vw)");
        name.setId("template-name");
        name.setMaxLength(TemplateDraft.NAME_MAX);
        name.setWidthFull();
        pattern.setItems(SurveyPattern.values());
        pattern.setItemLabelGenerator(SurveyPattern::label);
        pattern.setId("template-pattern");
        var points = templates.touchPoints();
        touchPoint.setItems(points);
        touchPoint.setItemLabelGenerator(Option::name);
        touchPoint.setClearButtonVisible(true);
        touchPoint.setHelperText("Required for a transaction survey");
        introduction.setWidthFull();
        introduction.setHelperText("Write " + SurveyLength.QUESTIONS + " and " + SurveyLength.MINUTES
                + " for the survey's length: they are filled with the questions each customer keeps");
        warning.setId("template-warning");
        warning.addClassName("form-error");
        error.setId("template-error");
        error.addClassName("form-error");
        itemRows.setPadding(false);
        asksNps.setValue(true);
        asksComment.setValue(true);
        if (id != null) {
            var draft = templates.template(id).orElseThrow();
            name.setValue(draft.name());
            pattern.setValue(draft.pattern());
            points.stream()
                    .filter(p -> p.id() == (draft.touchPointId() == null ? -1 : draft.touchPointId()))
                    .findFirst()
                    .ifPresent(touchPoint::setValue);
            introduction.setValue(draft.introduction());
            asksNps.setValue(draft.asksNps());
            asksComment.setValue(draft.asksComment());
            items.addAll(draft.items());
        } else {
            pattern.setValue(SurveyPattern.PRESENT);
        }
        var add = new Button("Add question", VaadinIcon.PLUS.create(), e -> {
            items.add(new TemplateDraft.Item(cues.get(0).id(), null, null, ""));
            showItems();
        });
        add.setId("template-add-item");
        showItems();
        add(new VerticalLayout(
                name, new Div(pattern, touchPoint), introduction, asksNps, asksComment, itemRows, add, warning, error));
        var save = new Button("Save", e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void showItems() {
        itemRows.removeAll();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            var item = items.get(i);
            var cue = new ComboBox<Option>("Cue");
            cue.setId("template-cue-" + (i + 1));
            cue.setItems(cues);
            cue.setItemLabelGenerator(Option::name);
            cues.stream().filter(c -> c.id() == item.cueId()).findFirst().ifPresent(cue::setValue);
            cue.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    update(
                            index,
                            it -> new TemplateDraft.Item(
                                    e.getValue().id(), it.touchPointId(), it.standardId(), it.question()));
                }
            });
            var question = new TextField("Question " + (i + 1));
            question.setId("template-question-" + (i + 1));
            question.setValue(item.question());
            question.setMaxLength(TemplateDraft.QUESTION_MAX);
            question.setWidthFull();
            question.addValueChangeListener(e -> update(
                    index, it -> new TemplateDraft.Item(it.cueId(), it.touchPointId(), it.standardId(), e.getValue())));
            var standard = new ComboBox<Option>("Service standard (also asks its value)");
            standard.setId("template-standard-" + (i + 1));
            standard.setItems(standards);
            standard.setItemLabelGenerator(Option::name);
            standard.setClearButtonVisible(true);
            standard.setPlaceholder("None");
            standard.setWidth("18em");
            standards.stream()
                    .filter(o -> item.standardId() != null && o.id() == item.standardId())
                    .findFirst()
                    .ifPresent(standard::setValue);
            standard.addValueChangeListener(e -> update(
                    index,
                    it -> new TemplateDraft.Item(
                            it.cueId(),
                            it.touchPointId(),
                            e.getValue() == null ? null : e.getValue().id(),
                            it.question())));
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, -1));
            up.setEnabled(i > 0);
            up.setAriaLabel("Move question " + (i + 1) + " up");
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, 1));
            down.setEnabled(i < items.size() - 1);
            down.setAriaLabel("Move question " + (i + 1) + " down");
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                items.remove(index);
                showItems();
            });
            remove.setAriaLabel("Remove question " + (i + 1));
            // the question reads across the dialog; what it is about and the order controls below it
            var about = new Div(cue, standard, up, down, remove);
            about.addClassName("survey-actions");
            var row = new Div(question, about);
            row.setWidthFull();
            itemRows.add(row);
        }
        warning.setText(
                items.size() > TemplateDraft.ITEMS_WARNING
                        ? items.size() + " questions: more than " + TemplateDraft.ITEMS_WARNING
                                + " makes the survey itself a" + " bad experience. Consider splitting it."
                        : "");
    }

    private void update(int index, UnaryOperator<TemplateDraft.Item> change) {
        items.set(index, change.apply(items.get(index)));
    }

    private void move(int index, int by) {
        var item = items.remove(index);
        items.add(index + by, item);
        showItems();
    }

    private void save() {
        var draft = new TemplateDraft(
                name.getValue(),
                pattern.getValue(),
                touchPoint.getValue() == null ? null : touchPoint.getValue().id(),
                introduction.getValue(),
                asksNps.getValue(),
                asksComment.getValue(),
                items);
        try {
            if (id == null) {
                templates.create(draft);
            } else {
                templates.save(id, draft);
            }
            close();
            saved.run();
        } catch (SurveyRuleException e) {
            error.setText(e.getMessage());
        }
    }
}
