package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.survey.SurveyStep;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Survey steps, newest first: when, what, who, and the note. The account page shows it too. */
@NamedInterface("ui")
public class SurveyStepList extends com.vaadin.flow.component.html.Div {

    public SurveyStepList(List<SurveyStep> steps) {
        addClassName("survey-steps");
        setId("survey-steps");
        if (steps.isEmpty()) {
            add(new EmptyState("No survey steps yet. Prepare a survey from the Surveys page."));
            return;
        }
        var list = new UnorderedList();
        for (var step : steps) {
            var when = new Span(Dates.dayTime(step.occurredAt()));
            when.addClassName("survey-step-when");
            String what = SurveyStep.Kind.valueOf(step.kind()).label()
                    + (step.survey().isEmpty() ? "" : " · " + step.survey()) + " — " + step.actor()
                    + (step.note().isEmpty() ? "" : " (" + step.note() + ")");
            list.add(new ListItem(when, new Span(what)));
        }
        add(list);
    }
}
