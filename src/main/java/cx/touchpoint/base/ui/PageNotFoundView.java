package cx.touchpoint.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an address shows that does not exist or that the signed-in role may not open (Vaadin answers both
 * with "not found", so as not to tell which pages exist): a page in the app's layout, with a title and the
 * way on, instead of a bare line of text outside every landmark.
 */
@PageTitle("Page not found · Touchpoint")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("page-not-found");
        var explanation =
                new Paragraph("There is no page at “" + event.getLocation().getPath()
                        + "”, or your role may not open it. The menu lists the pages you can open.");
        explanation.setId("page-not-found-reason");
        add(new H1("Page not found"), explanation, new Anchor(".", "Go to the home page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
