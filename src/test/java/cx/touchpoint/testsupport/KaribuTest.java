package cx.touchpoint.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/** A view test: Vaadin mocked in-process by Karibu-Testing, services and database real. */
@DatabaseTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestData data;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("cx.touchpoint");
            routes.getRoutes().addAll(packagePrivateViews());
        }
    }

    /** Karibu discovers public views only; the house style keeps views package-private. */
    private static List<Class<? extends Component>> packagePrivateViews() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<? extends Component>> views = new java.util.ArrayList<>();
        for (var definition : scanner.findCandidateComponents("cx.touchpoint")) {
            views.add(ClassUtils.resolveClassName(definition.getBeanClassName(), null)
                    .asSubclass(Component.class));
        }
        return views;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Creates a user with the role (in the team, if given) and signs in as them. */
    protected SignedInUser login(String username, Role role, String teamCode) {
        long id = data.user(username, role, teamCode);
        Long teamId = teamCode == null ? null : data.teamId(teamCode);
        var user = new SignedInUser(id, username, "Test " + username, role, teamId, "{noop}x");
        login(user);
        return user;
    }

    protected SignedInUser login(String username, Role role) {
        return login(username, role, null);
    }

    protected void login(SignedInUser user) {
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.role().name().equals(role));
    }
}
