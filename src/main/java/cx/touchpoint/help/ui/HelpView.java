package cx.touchpoint.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Term;
import cx.touchpoint.base.ui.TermHelp;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/**
 * The glossary, for every role: each term of the field with the definition the "?" beside it shows
 * elsewhere ({@link Term}, one source). Each term has an anchor, so {@code /help#dangling} opens at it.
 */
@Route(TermHelp.HELP_PATH)
@PageTitle("Help: the words Touchpoint uses · Touchpoint")
@Menu(order = 20, title = "Help", icon = "vaadin:question-circle-o")
@CssImport("./styles/terms.css")
@PermitAll
class HelpView extends Main {

    HelpView() {
        addClassName("help-view");
        // a long page of text with no control in it: focusable, so the keyboard can scroll it (axe
        // scrollable-region-focusable)
        getElement().setAttribute("tabindex", "0");
        add(new H1("The words Touchpoint uses"));
        add(new Paragraph("What each term means where it appears on a page. The \"?\" beside a term shows the"
                + " same definition when you point at it or move to it with the keyboard, and opens this page."));
        for (Term.Group group : Term.Group.values()) {
            add(section(group));
        }
        // opened from a term's "?" (help#dangling): the page is drawn after the browser looked for the anchor,
        // so bring the term into view and give it focus, where a keyboard or screen-reader user continues
        addAttachListener(attached -> getElement()
                .executeJs("setTimeout(() => { const term = location.hash && document.getElementById("
                        + "decodeURIComponent(location.hash.slice(1))); if (term) { term.scrollIntoView();"
                        + " term.focus(); } })"));
    }

    private static Component section(Term.Group group) {
        var list = new DescriptionList();
        Arrays.stream(Term.values()).filter(term -> term.group() == group).forEach(term -> {
            var name = new DescriptionList.Term(term.label());
            name.setId(term.anchor());
            name.getElement().setAttribute("tabindex", "-1");
            list.add(name, new DescriptionList.Description(term.definition()));
        });
        var heading = new H2(group.title());
        var section = new Section(heading, list);
        section.addClassName("card");
        section.getElement().setAttribute("aria-label", group.title());
        return section;
    }
}
