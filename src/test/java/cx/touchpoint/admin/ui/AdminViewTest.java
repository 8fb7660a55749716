package cx.touchpoint.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class AdminViewTest extends KaribuTest {

    @Test
    void the_admin_reaches_every_setting_from_one_page_and_each_opens() {
        login("admin.view", Role.ADMIN);

        UI.getCurrent().navigate(AdminView.class);

        var links = _find(Anchor.class).stream()
                .map(Anchor::getHref)
                .filter(href -> !href.equals("profile"))
                .toList();
        assertThat(links)
                .containsExactly(
                        "admin/users",
                        "admin/teams",
                        "admin/audit",
                        "admin/reference-data",
                        "admin/routing-rules",
                        "standards",
                        "admin/survey-templates",
                        "admin/survey-policy",
                        "admin/webhooks",
                        "admin/insight",
                        "segments/thresholds");
        for (String link : links) {
            UI.getCurrent().navigate(link);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isEqualTo(link);
        }
    }
}
