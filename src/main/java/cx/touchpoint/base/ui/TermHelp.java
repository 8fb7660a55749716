package cx.touchpoint.base.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import cx.touchpoint.base.Term;

/**
 * The small "?" beside a term of the field: its definition shows on hover and on keyboard focus (a Vaadin
 * tooltip, which the "?" names through {@code aria-describedby}), and the "?" opens the help page at the term.
 * The definition comes from {@link Term}, as on the help page.
 */
@CssImport("./styles/terms.css")
public class TermHelp extends Anchor {

    public static final String HELP_PATH = "help";

    private final String definition;

    public TermHelp(Term term) {
        this.definition = term.definition();
        setHref(HELP_PATH + "#" + term.anchor());
        addClassName("term-help");
        getElement().setAttribute("data-term", term.anchor());
        // a page load keeps the #term (the router's own navigation drops it), so the help page opens at the term
        getElement().setAttribute("router-ignore", true);
        var mark = new Span("?");
        mark.getElement().setAttribute("aria-hidden", "true");
        var name = new Span("What is " + term.label() + "?");
        name.addClassName("term-help-name");
        add(mark, name);
        Tooltip.forComponent(this).withText(term.definition());
    }

    /** The term's words followed by its "?", e.g. for a heading or a card title. */
    public static Span beside(String text, Term term) {
        var span = new Span(new Span(text), new TermHelp(term));
        span.addClassName("term-with-help");
        return span;
    }

    /** The definition shown on hover and focus. */
    public String definition() {
        return definition;
    }
}
