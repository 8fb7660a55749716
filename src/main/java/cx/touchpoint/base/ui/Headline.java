package cx.touchpoint.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;

/**
 * One headline number on a dashboard: a label, a big value and a line of context. Drawn as one HTML
 * fragment ({@link StaticMarkup}): one node of the tab's server-side state instead of seven.
 */
public class Headline extends Html {

    /** Where the headline leads (a route, with its query), or null: a plain figure. */
    private final String href;

    public Headline(String label, String value, String detail) {
        this(null, label, value, detail, null);
    }

    private Headline(String id, String label, String value, String detail, String href) {
        super(markup(id, label, value, detail, href));
        this.href = href;
    }

    /**
     * A headline that is a link to the filtered view behind its figure ({@code href}: a route with its query,
     * e.g. "issues?overdue=true"); null or blank: a plain figure, as {@link #withId}.
     */
    public static Headline linked(String id, String label, String value, String detail, String href) {
        var headline = new Headline(id, label, value, detail, href == null || href.isBlank() ? null : href);
        headline.setId(id);
        return headline;
    }

    /** Where the headline leads, if it is a link. */
    public java.util.Optional<String> href() {
        return java.util.Optional.ofNullable(href);
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
        setHtmlContent(markup(getId().orElse(null), drawn("headline-label"), value, detail, href));
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

    private static String markup(String id, String label, String value, String detail, String href) {
        String content = StaticMarkup.element("span", "headline-label", StaticMarkup.text(label))
                + StaticMarkup.element("span", "headline-value", StaticMarkup.text(value))
                + StaticMarkup.element("span", "headline-detail", StaticMarkup.text(detail));
        if (href != null) {
            // a link to the view behind the figure: the whole card is the link, its text the link's name
            return "<a" + (id == null ? "" : " id=\"" + StaticMarkup.text(id) + "\"")
                    + " class=\"headline headline-link\" href=\"" + StaticMarkup.text(href) + "\">" + content
                    + "</a>";
        }
        return id == null
                ? StaticMarkup.element("div", "headline", content)
                : "<div id=\"" + StaticMarkup.text(id) + "\" class=\"headline\">" + content + "</div>";
    }
}
