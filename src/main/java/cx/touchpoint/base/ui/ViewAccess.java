package cx.touchpoint.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Whether the signed-in person may open a route: the same annotations ({@code @RolesAllowed},
 * {@code @PermitAll}) the router checks, so a link is offered only to those it works for.
 */
public final class ViewAccess {

    private static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

    private ViewAccess() {}

    /** {@code path} without its query, e.g. "issues/escalated" or "accounts/12"; false for an unknown route. */
    public static boolean mayOpen(String path) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return false;
        }
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return RouteConfiguration.forApplicationScope()
                .getRoute(route)
                .map(view -> CHECKER.hasAccess(view, request.getUserPrincipal(), request::isUserInRole))
                .orElse(false);
    }

    /** {@code href} if the signed-in person may open it, else null (show the figure without a link). */
    public static String linkIfAllowed(String href) {
        return mayOpen(href) ? href : null;
    }
}
