package cx.touchpoint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.ui.AccessDeniedView;
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
    void a_role_cannot_open_a_view_outside_its_navigation_and_the_page_says_whom_it_is_for() {
        login("nav.specialist2", Role.SPECIALIST);

        UI.getCurrent().navigate("admin");

        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied-reason"))
                        .getText())
                .isEqualTo("This page is for admins — you are signed in as Test nav.specialist2 (specialist)."
                        + " Ask an admin if your work needs it.");
        assertThat(_get(Anchor.class, spec -> spec.withId("access-denied-home")).getHref())
                .isEmpty();
    }

    @Test
    void an_admin_opening_an_account_reads_that_accounts_are_for_executives_account_executives_and_team_leads() {
        login("nav.admin2", Role.ADMIN);

        UI.getCurrent().navigate("accounts/396");

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied-reason"))
                        .getText())
                .startsWith("This page is for executives, account executives and team leads — you are signed in as"
                        + " Test nav.admin2 (admin).");
    }
}
