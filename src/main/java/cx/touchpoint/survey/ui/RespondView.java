package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.InvalidResponseException;
import cx.touchpoint.survey.LinkState;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The public response page a customer opens from the invitation: no login, one column for a phone,
 * every control reachable by keyboard (radio groups move with the arrow keys). Route: respond/&lt;token&gt;.
 */
@Route(value = "respond/:token", autoLayout = false)
@PageTitle("Your feedback")
@AnonymousAllowed
@CssImport("./styles/surveys.css")
class RespondView extends PublicPage implements BeforeEnterObserver {

    /** One question's fields; the value fields are null unless the item is linked to a service standard. */
    private record Item(
            ResponseForm.Question question,
            RadioButtonGroup<Integer> expected,
            RadioButtonGroup<Integer> experienced,
            BigDecimalField expectedValue,
            BigDecimalField perceivedValue) {}

    private final CustomerLinks links;
    private String token;

    RespondView(CustomerLinks links) {
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        var form = links.responseForm(token);
        if (form.state() != LinkState.OPEN) {
            showClosed(form.state());
            return;
        }
        show(form);
    }

    private void show(ResponseForm form) {
        removeAll();
        var card = new Div();
        card.addClassName("public-card");
        card.add(
                new H1(form.survey()),
                new Paragraph(form.greeting()),
                new Paragraph(form.tone().invitation()));
        if (!form.introduction().isBlank()) {
            card.add(new Paragraph(form.introduction()));
        }
        card.add(new Paragraph("For each question: what did you expect, and what did you experience? 1 = very low,"
                + " 7 = very high."));
        List<Item> items = new ArrayList<>();
        int n = 1;
        for (var q : form.questions()) {
            var expected = scale("What you expected", 1, 7);
            var experienced = scale("What you experienced", 1, 7);
            expected.setId("expected-" + q.itemId());
            experienced.setId("experienced-" + q.itemId());
            var heading = new H2(n++ + ". " + q.text());
            var block = new Div(heading, expected, experienced);
            block.addClassName("question");
            BigDecimalField expectedValue = null;
            BigDecimalField perceivedValue = null;
            if (q.unit() != null) {
                expectedValue = value("Expected, in " + q.unit(), "expected-value-" + q.itemId());
                perceivedValue = value("Experienced, in " + q.unit(), "perceived-value-" + q.itemId());
                var values = new Div(expectedValue, perceivedValue);
                values.addClassName("question-values");
                block.add(values);
            }
            card.add(block);
            items.add(new Item(q, expected, experienced, expectedValue, perceivedValue));
        }
        RadioButtonGroup<Integer> nps = scale(
                "How likely are you to recommend us to a colleague? 0 = not at all, 10 =" + " extremely likely", 0, 10);
        nps.setId("nps");
        if (form.asksNps()) {
            card.add(nps);
        }
        var comment = new TextArea("Anything else you would like to tell us?");
        comment.setId("comment");
        comment.setWidthFull();
        comment.setMaxLength(NewResponse.COMMENT_MAX);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setHelperText("0 / " + NewResponse.COMMENT_MAX + " characters");
        comment.addValueChangeListener(
                e -> comment.setHelperText(e.getValue().length() + " / " + NewResponse.COMMENT_MAX + " characters"));
        if (form.asksComment()) {
            card.add(comment);
        }
        var error = new Div();
        error.setId("respond-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var submit = new Button("Send my answers");
        submit.setId("respond-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(
                items,
                form.asksNps() ? nps.getValue() : null,
                form.asksComment() ? comment.getValue() : "",
                error,
                submit));
        card.add(error, submit);
        add(card);
    }

    private void submit(List<Item> items, Integer nps, String comment, Div error, Button submit) {
        List<NewResponse.Answer> answers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 1;
        for (var item : items) {
            Integer e = item.expected().getValue();
            Integer x = item.experienced().getValue();
            BigDecimal ev =
                    item.expectedValue() == null ? null : item.expectedValue().getValue();
            BigDecimal pv =
                    item.perceivedValue() == null ? null : item.perceivedValue().getValue();
            if (e != null && x != null) {
                answers.add(new NewResponse.Answer(item.question().itemId(), e, x, ev, pv));
            } else if (e != null || x != null || ev != null || pv != null) {
                problems.add("Question " + n + ": please give both what you expected and what you experienced.");
            }
            n++;
        }
        if (answers.isEmpty() && nps == null && (comment == null || comment.isBlank())) {
            problems.add("Please answer at least one question before sending.");
        }
        if (!problems.isEmpty()) {
            error.setText(String.join(" ", problems));
            submit.setEnabled(true);
            return;
        }
        try {
            LinkState state = links.respond(token, answers, nps, comment);
            if (state == LinkState.OPEN) {
                thanks();
            } else {
                showClosed(state);
            }
        } catch (InvalidResponseException ex) {
            error.setText("Your answers were not saved: " + String.join("; ", ex.messages()) + ".");
            submit.setEnabled(true);
        }
    }

    private void thanks() {
        removeAll();
        var card = new Div(
                new H1("Thank you"),
                new Paragraph("Your answers reached us. Your account team reads every"
                        + " response, and what you told us goes to the people who can act on it."));
        card.addClassName("public-card");
        card.setId("respond-thanks");
        add(card);
    }

    /** An optional value in the linked standard's unit, e.g. hours until the first reply. */
    private static BigDecimalField value(String label, String id) {
        var field = new BigDecimalField(label);
        field.setId(id);
        field.setHelperText("Optional");
        return field;
    }

    private static RadioButtonGroup<Integer> scale(String label, int from, int to) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(IntStream.rangeClosed(from, to).boxed().toList());
        group.setItemLabelGenerator(String::valueOf);
        group.addClassName("scale");
        return group;
    }
}
