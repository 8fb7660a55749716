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

    public void setValue(String value, String detail) {
        this.value.setText(value);
        this.detail.setText(detail);
    }

    public String value() {
        return value.getText();
    }
}
