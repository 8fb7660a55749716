package cx.touchpoint.base.ui;

import com.vaadin.flow.component.Html;
import org.springframework.web.util.HtmlUtils;

/**
 * Read-only content (a list of issues, of moves) as one HTML fragment: one node in the browser tab's
 * server-side state instead of one per element and per text, which is what an open view costs in
 * memory. Every text goes through {@link #text}, so customer and user input is never markup. For
 * content without listeners only: links work (the router follows them), buttons would not.
 */
public final class StaticMarkup {

    private StaticMarkup() {}

    /** {@code value} escaped for HTML; null is empty. */
    public static String text(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }

    /** {@code <tag class="classes">content</tag>}; {@code content} is markup (escape texts with {@link #text}). */
    public static String element(String tag, String classes, String content) {
        return "<" + tag + " class=\"" + text(classes) + "\">" + content + "</" + tag + ">";
    }

    /** A link with an escaped text. */
    public static String link(String href, String classes, String text) {
        return "<a href=\"" + text(href) + "\" class=\"" + text(classes) + "\">" + text(text) + "</a>";
    }

    /** The fragment as one component: a {@code div} of {@code classes} around {@code content}. */
    public static Html of(String classes, String content) {
        return new Html(element("div", classes, content));
    }
}
