package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.Html;
import cx.touchpoint.base.ui.StaticMarkup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stored mail's text as the outbox reader shows it: the text as written, its web addresses as links. */
final class MailText {

    /** An http(s) address up to the next space or closing bracket; a trailing full stop or comma is prose. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>()\"]+[^\\s<>()\".,;:!?]");

    private MailText() {}

    static Html withLinks(String text) {
        var markup = new StringBuilder();
        Matcher m = ADDRESS.matcher(text == null ? "" : text);
        int from = 0;
        while (m.find()) {
            markup.append(StaticMarkup.text(text.substring(from, m.start())));
            markup.append("<a href=\"")
                    .append(StaticMarkup.text(m.group()))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(StaticMarkup.text(m.group()))
                    .append("</a>");
            from = m.end();
        }
        if (text != null) {
            markup.append(StaticMarkup.text(text.substring(from)));
        }
        return new Html("<div class=\"outbox-body\">" + markup + "</div>");
    }
}
