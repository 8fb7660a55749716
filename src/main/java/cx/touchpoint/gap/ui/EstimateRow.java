package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import cx.touchpoint.gap.EstimateAnswer;
import cx.touchpoint.gap.EstimateItem;
import java.util.stream.IntStream;

/** One item of the manager-estimate form: the question, a 1-7 choice and, if linked to a standard, a value. */
class EstimateRow extends Div {

    private final EstimateItem item;
    private final RadioButtonGroup<Integer> expected = new RadioButtonGroup<>();
    private final BigDecimalField value = new BigDecimalField();

    EstimateRow(EstimateItem item) {
        this.item = item;
        addClassNames("card", "estimate-row");
        setId("estimate-item-" + item.itemId());
        var question = new Span(item.position() + ". " + item.question());
        question.addClassName("estimate-question");
        var cue = new Span(item.cueName());
        cue.addClassName("estimate-cue");
        expected.setLabel("Customers expect (1 = very little, 7 = very much)");
        expected.setItems(IntStream.rangeClosed(EstimateAnswer.MIN, EstimateAnswer.MAX)
                .boxed()
                .toList());
        expected.setRequired(true);
        expected.setValue(item.lastExpected());
        add(question, cue, expected);
        if (item.linkedToStandard()) {
            value.setLabel("Value customers expect for " + item.standardName());
            value.setSuffixComponent(new Span(item.unit()));
            value.setRequiredIndicatorVisible(true);
            value.setValue(
                    item.lastExpectedValue() == null
                            ? null
                            : item.lastExpectedValue().stripTrailingZeros());
            add(value);
        }
    }

    EstimateAnswer answer() {
        return new EstimateAnswer(
                item.itemId(), expected.getValue(), item.linkedToStandard() ? value.getValue() : null);
    }

    RadioButtonGroup<Integer> expectedField() {
        return expected;
    }

    BigDecimalField valueField() {
        return value;
    }
}
