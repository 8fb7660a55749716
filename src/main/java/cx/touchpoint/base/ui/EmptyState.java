package cx.touchpoint.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What a view says where data would be but none is yet: what is missing and what to do next. */
public class EmptyState extends Paragraph {

    public EmptyState(String text) {
        super(text);
        addClassName("empty-state");
    }
}
