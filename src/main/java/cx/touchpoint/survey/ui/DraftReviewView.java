package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.DraftReview;
import cx.touchpoint.survey.LinkState;
import cx.touchpoint.survey.PreparationDetail.ItemChoice;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.Tone;
import java.util.stream.Collectors;

/**
 * The pre-distribution draft as the customer contact reviews it, without login: remove questions
 * that do not apply, choose the tone, leave a note, approve. Route: draft/&lt;token&gt;.
 */
@Route(value = "draft/:token", autoLayout = false)
@PageTitle("Review our survey")
@AnonymousAllowed
@CssImport("./styles/surveys.css")
class DraftReviewView extends PublicPage implements BeforeEnterObserver {

    private final CustomerLinks links;
    private String token;

    DraftReviewView(CustomerLinks links) {
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show();
    }

    private void show() {
        DraftReview draft = links.draft(token);
        if (draft.state() != LinkState.OPEN) {
            showClosed(draft.state());
            return;
        }
        removeAll();
        var card = new Div();
        card.addClassName("public-card");
        card.add(
                new H1("Review our survey before we send it"),
                new Paragraph("Hello " + draft.reviewer() + ", "
                        + draft.executive() + " prepared the " + draft.survey() + " for " + draft.company()
                        + ". Untick the questions that do not apply to you, choose the tone, and tell us anything we should"
                        + " know. Nothing is sent until you approve and we send it."));
        var questions = new CheckboxGroup<ItemChoice>("Questions to ask");
        questions.setId("draft-items");
        questions.addThemeName("vertical");
        questions.setItems(draft.items());
        questions.setItemLabelGenerator(ItemChoice::question);
        questions.setValue(draft.items().stream().filter(ItemChoice::kept).collect(Collectors.toSet()));
        var tone = new RadioButtonGroup<Tone>("Tone of the invitation");
        tone.setId("draft-tone");
        tone.setItems(Tone.values());
        tone.setItemLabelGenerator(Tone::label);
        tone.setValue(draft.tone());
        var note = new TextArea("Note for " + draft.executive());
        note.setId("draft-note");
        note.setWidthFull();
        note.setMaxLength(DraftReview.NOTE_MAX);
        note.setValue(draft.note());
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.setHelperText(draft.note().length() + " / " + DraftReview.NOTE_MAX + " characters");
        note.addValueChangeListener(
                e -> note.setHelperText(e.getValue().length() + " / " + DraftReview.NOTE_MAX + " characters"));
        var error = new Div();
        error.setId("draft-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var status = new Paragraph(
                draft.approved() ? "You approved this draft. You can still change it until it is" + " sent." : "");
        status.setId("draft-status");
        var save = new Button("Save without approving", e -> submit(questions, tone, note, false, error));
        save.setId("draft-save");
        var approve = new Button("Approve", e -> submit(questions, tone, note, true, error));
        approve.setId("draft-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(approve, save);
        buttons.addClassName("survey-actions");
        card.add(questions, tone, note, error, status, buttons);
        add(card);
    }

    private void submit(
            CheckboxGroup<ItemChoice> questions,
            RadioButtonGroup<Tone> tone,
            TextArea note,
            boolean approve,
            Div error) {
        try {
            links.reviewDraft(
                    token,
                    questions.getValue().stream().map(ItemChoice::itemId).toList(),
                    tone.getValue(),
                    note.getValue(),
                    approve);
            show();
            var done = new Paragraph(
                    approve
                            ? "Thank you — approved. We will send the survey shortly."
                            : "Saved. Approve when you are ready.");
            done.setId("draft-done");
            done.getElement().setAttribute("role", "status");
            getChildren().findFirst().ifPresent(c -> ((Div) c).addComponentAsFirst(done));
        } catch (SurveyRuleException ex) {
            error.setText(ex.getMessage());
        }
    }
}
