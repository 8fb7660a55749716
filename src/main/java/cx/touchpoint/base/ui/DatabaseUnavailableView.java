package cx.touchpoint.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;

/** A page that could not load because the database is unreachable: say so, and that trying again works. */
@AnonymousAllowed
public class DatabaseUnavailableView extends Main implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        removeAll();
        addClassName("database-unavailable");
        add(new H1("Touchpoint cannot reach its database"));
        add(new Paragraph("This page could not be loaded, and nothing you did was lost or half-saved. The database"
                + " is usually back within a minute: try again in a moment. If it persists, tell your administrator."));
        add(new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again"));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
