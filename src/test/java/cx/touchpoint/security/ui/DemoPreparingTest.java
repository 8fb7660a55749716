package cx.touchpoint.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import cx.touchpoint.security.DemoPreparation;
import cx.touchpoint.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

/** The login page while the demo company is being prepared (issue 18 E22). */
class DemoPreparingTest extends KaribuTest {

    @Test
    void the_login_page_shows_how_far_the_demo_data_is_and_says_when_it_is_ready() {
        var demo = new DemoPreparation(true);
        demo.reached(45, "Replaying the last 90 days");
        var panel = new DemoPreparing(demo);
        UI.getCurrent().add(panel);

        assertThat(_get(panel, Paragraph.class, spec -> {}).getText())
                .isEqualTo("Preparing the demo company: 45 % (replaying the last 90 days). You can sign in now; it"
                        + " goes through as soon as the data is ready.");
        assertThat(_get(panel, ProgressBar.class, spec -> {}).getValue()).isEqualTo(45);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);

        demo.finished();
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                UI.getCurrent(), new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
        assertThat(_get(panel, Paragraph.class, spec -> {}).getText())
                .isEqualTo("The demo company is ready: sign in with a demo user below.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
