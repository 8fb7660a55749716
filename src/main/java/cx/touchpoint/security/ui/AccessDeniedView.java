package cx.touchpoint.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import cx.touchpoint.base.SignedInPerson;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A page the signed-in person's role may not open explains itself instead of Vaadin's bare "Could not
 * navigate": whom the page is for, who is signed in, and a way back (issue 23 §5).
 */
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final transient AuthenticationContext authentication;

    public AccessDeniedView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("access-denied-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        String path = event.getLocation().getPath();
        var title = new H1("This page is not open to you");
        var explanation = new Paragraph(explanation(rolesOf(path), signedIn()));
        explanation.setId("access-denied-reason");
        var back = new Button("← Back", e -> e.getSource()
                .getUI()
                .ifPresent(ui -> ui.getPage().getHistory().back()));
        back.setId("access-denied-back");
        var home = new Anchor("", "Go to Home");
        home.setId("access-denied-home");
        var ways = new Div(back, home);
        ways.addClassName("access-denied-ways");
        add(title, explanation, ways);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /**
     * "This page is for team leads and admins — you are signed in as Dana Ruiz (account executive). Ask an
     * admin if your work needs it."
     */
    static String explanation(List<Role> roles, Optional<SignedInPerson> person) {
        String forWhom = roles.isEmpty() ? "This page is not for your role" : "This page is for " + plural(roles);
        String who = person.map(p -> " — you are signed in as " + p.fullName() + " ("
                        + p.roleLabel().toLowerCase() + ")")
                .orElse("");
        return forWhom + who + ". Ask an admin if your work needs it.";
    }

    /** "team leads", "team leads and admins", "executives, team leads and admins". */
    static String plural(List<Role> roles) {
        List<String> names =
                roles.stream().map(r -> r.label().toLowerCase() + "s").toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The roles the view at {@code path} names in its {@code @RolesAllowed}, in the order of {@link Role}. */
    static List<Role> rolesOf(String path) {
        Optional<Class<? extends Component>> target =
                RouteConfiguration.forApplicationScope().getRoute(path);
        List<String> allowed = target.map(t -> t.getAnnotation(RolesAllowed.class))
                .map(a -> Arrays.asList(a.value()))
                .orElse(List.of());
        return Arrays.stream(Role.values())
                .filter(r -> allowed.contains(r.name()))
                .toList();
    }

    private Optional<SignedInPerson> signedIn() {
        return authentication.getAuthenticatedUser(SignedInPerson.class);
    }
}
