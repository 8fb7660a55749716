package cx.touchpoint.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A customer's words (or anyone's free text) as every view shows them: long words and URLs wrap
 * inside their card instead of running across the next one, and a long text starts clamped to a
 * few lines with a "Show all" button — a real button, so keyboard and screen-reader users can read
 * the rest too ({@code aria-expanded} says whether it is open).
 */
@CssImport("./styles/comment-text.css")
public class CommentText extends Div {

    /** Texts longer than this, or with more than {@link #CLAMP_LINES} lines, start clamped. */
    public static final int CLAMP_CHARS = 280;

    public static final int CLAMP_LINES = 4;

    private static final AtomicLong IDS = new AtomicLong();

    private final Div body = new Div();
    private Button toggle;

    /** @param text the text; {@code null} shows nothing */
    public CommentText(String text) {
        String value = text == null ? "" : text;
        addClassName("comment-text");
        body.addClassName("comment-body");
        body.setText(value);
        body.setId("comment-" + IDS.incrementAndGet());
        add(body);
        if (value.length() > CLAMP_CHARS || value.lines().count() > CLAMP_LINES) {
            toggle = new Button("Show all", e -> setExpanded(!isExpanded()));
            toggle.addClassName("comment-toggle");
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            toggle.getElement().setAttribute("aria-controls", body.getId().orElseThrow());
            add(toggle);
            setExpanded(false);
        }
    }

    /** The same with a CSS class for the place it appears, e.g. "verbatim-text". */
    public CommentText(String text, String className) {
        this(text);
        addClassName(className);
    }

    public boolean isClamped() {
        return toggle != null && !isExpanded();
    }

    public boolean isExpanded() {
        return hasClassName("expanded");
    }

    public void setExpanded(boolean expanded) {
        if (toggle == null) {
            return;
        }
        setClassName("clamped", !expanded);
        setClassName("expanded", expanded);
        toggle.setText(expanded ? "Show less" : "Show all");
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(expanded));
    }

    public String text() {
        return body.getText();
    }
}
