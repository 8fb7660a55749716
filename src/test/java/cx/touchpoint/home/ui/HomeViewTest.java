package cx.touchpoint.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired
    HomeService service;

    @Test
    void shows_the_numbers_the_service_computed_and_the_nps_chart() {
        long ae = data.user("home.view.ae", Role.ACCOUNT_EXECUTIVE);
        long template = data.relationshipTemplate("Home view test");
        long account = data.account("Gamma", ae, new BigDecimal("300000"), new BigDecimal("300000"));
        data.relationshipResponse(template, account, 10, Instant.parse("2026-04-15T10:00:00Z"), 5, 6);
        data.relationshipResponse(template, account, 4, Instant.parse("2026-05-02T10:00:00Z"), 5, 3);
        login("home.viewer", Role.EXECUTIVE);

        UI.getCurrent().navigate(HomeView.class);

        var expected = service.headlines();
        assertThat(_get(Headline.class, spec -> spec.withId("headline-nps")).value())
                .isEqualTo("0"); // zero has no sign
        assertThat(_get(Headline.class, spec -> spec.withId("headline-score")).value())
                .isEqualTo("3.00");
        assertThat(expected.summaryScore()).isEqualTo(3.0);
        assertThat(_get(Headline.class, spec -> spec.withId("headline-responses"))
                        .value())
                .isEqualTo("2");
        assertThat(_get(Headline.class, spec -> spec.withId("headline-responses"))
                        .detail())
                .isEqualTo("since 1 Mar 2026, all survey types");
        // the NPS headline carries its interval, n and the verdict on the change: 2 answers are too few
        assertThat(_get(Headline.class, spec -> spec.withId("headline-nps")).detail())
                .isEqualTo("-73 to +73, n = 2, low n · last quarter no data: no answers to compare");
        assertThat(expected.nps().current().interval().low()).isCloseTo(-73.335, within(0.001));
        var chart = _get(Chart.class, spec -> spec.withId("nps-trend"));
        assertThat(chart.getConfiguration().getSeries())
                .as("the NPS line and its confidence intervals")
                .hasSize(2);
    }
}
