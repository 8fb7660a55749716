package cx.touchpoint.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;

/**
 * A view's filter kept in its URL (issue 23 §5: filters survive navigation): read when the view is entered,
 * written back when the person changes it, so Back, a reload and a link from Home show the same list.
 */
public final class UrlState {

    private UrlState() {}

    /** Whether the query has {@code name=value} (e.g. {@code failed=true}). */
    public static boolean flag(QueryParameters query, String name, String value) {
        return query.getSingleParameter(name).map(value::equals).orElse(false);
    }

    /** Replaces the browser's URL (no new history entry) with {@code pathWithQuery}, e.g. "surveys?focus=X". */
    public static void replace(Component view, String pathWithQuery) {
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, pathWithQuery));
    }
}
