package cx.touchpoint.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;

/**
 * One headline number on a dashboard: a label, a big value and a line of context. Drawn as one HTML
 * fragment ({@link StaticMarkup}): one node of the tab's server-side state instead of seven.
 */
public class Headline extends Html {

    public Headline(String label, String value, String detail) {
        super(markup(null, label, value, detail));
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
        setHtmlContent(markup(getId().orElse(null), drawn("headline-label"), value, detail));
    }

    /** The value as drawn. */
    public String value() {
        return drawn("headline-value");
    }

    /** The line of context under the value, as drawn. */
    public String detail() {
        return drawn("headline-detail");
    }

    private String drawn(String part) {
        return Jsoup.parseBodyFragment(getInnerHtml()).selectFirst("." + part).wholeText();
    }

    private static String markup(String id, String label, String value, String detail) {
        String content = StaticMarkup.element("span", "headline-label", StaticMarkup.text(label))
                + StaticMarkup.element("span", "headline-value", StaticMarkup.text(value))
                + StaticMarkup.element("span", "headline-detail", StaticMarkup.text(detail));
        return id == null
                ? StaticMarkup.element("div", "headline", content)
                : "<div id=\"" + StaticMarkup.text(id) + "\" class=\"headline\">" + content + "</div>";
    }
}
