package cx.touchpoint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NavigationTest extends KaribuTest {

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate("segments");
        assertThat(_find(LoginForm.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("login");
    }

    static List<Arguments> navigationPerRole() {
        return List.of(
                Arguments.of(
                        Role.EXECUTIVE,
                        List.of(
                                "Home",
                                "Experience review",
                                "Themes",
                                "Segments",
                                "Value gaps",
                                "Issue board",
                                "Accounts",
                                "Help")),
                Arguments.of(
                        Role.ACCOUNT_EXECUTIVE,
                        List.of("Home", "Segments", "Value gaps", "Surveys", "Accounts", "Import and export", "Help")),
                Arguments.of(
                        Role.TEAM_LEAD,
                        List.of(
                                "Home",
                                "Themes",
                                "Value gaps",
                                "Service standards",
                                "Issue board",
                                "My issues",
                                "Accounts",
                                "Routing rules",
                                "Help")),
                Arguments.of(Role.SPECIALIST, List.of("Home", "Issue board", "My issues", "Help")),
                Arguments.of(
                        Role.ADMIN,
                        List.of(
                                "Home",
                                "Themes",
                                "Service standards",
                                "Surveys",
                                "Import and export",
                                "Admin",
                                "Routing rules",
                                "Help")));
    }

    @ParameterizedTest
    @MethodSource("navigationPerRole")
    void each_role_sees_exactly_its_navigation(Role role, List<String> expected) {
        login("nav." + role.name().toLowerCase().replace('_', '.'), role);
        UI.getCurrent().navigate("");

        var labels =
                _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactlyElementsOf(expected);
    }

    @Test
    void a_role_cannot_open_a_view_outside_its_navigation() {
        login("nav.specialist2", Role.SPECIALIST);

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin")).isInstanceOf(MockAccessDeniedException.class);
    }
}
