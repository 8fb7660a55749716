package cx.touchpoint.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline number on a dashboard: a label, a big value and a line of context. */
public class Headline extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    public Headline(String label, String value, String detail) {
        addClassName("headline");
        var labelSpan = new Span(label);
        labelSpan.addClassName("headline-label");
        this.value.addClassName("headline-value");
        this.detail.addClassName("headline-detail");
        add(labelSpan, this.value, this.detail);
        setValue(value, detail);
    }

    /** A headline with the element id {@code id}, for tests and deep links. */
    public static Headline withId(String id, String label, String value, String detail) {
        var headline = new Headline(label, value, detail);
        headline.setId(id);
        return headline;
    }

    /** Headlines side by side, as wide as the page allows. */
    public static Div row(Headline... headlines) {
        var row = new Div(headlines);
        row.addClassName("headline-row");
        return row;
    }

    public void setValue(String value, String detail) {
        this.value.setText(value);
        this.detail.setText(detail);
    }

    public String value() {
        return value.getText();
    }

    /** The line of context under the value. */
    public String detail() {
        return detail.getText();
    }
}
