package cx.touchpoint.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.account.AccountRow;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentFixtures;
import cx.touchpoint.testsupport.KaribuTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountViewsTest extends KaribuTest {

    SegmentFixtures fx;
    long ae;
    long alpha;

    @BeforeEach
    void setUp() {
        fx = new SegmentFixtures(data, "Accounts view survey");
        fx.thresholds("5.00", "100000", "0.50");
        ae = data.user("accview.ae", Role.ACCOUNT_EXECUTIVE);
        alpha = fx.account("Alpha Freight", ae, "500000", "500000");
        fx.scored(alpha, 3, Instant.parse("2026-04-10T09:00:00Z"), null, 3);
        fx.scored(fx.account("Beta Foods", ae, "80000", "80000"), 9, Instant.parse("2026-04-11T09:00:00Z"), null, 6);
        data.contact(alpha, "Carla Contact");
    }

    @Test
    void the_grid_lists_accounts_by_revenue_and_the_segment_filter_comes_from_the_url() {
        login("accview.exec", Role.EXECUTIVE);

        UI.getCurrent().navigate("accounts");

        @SuppressWarnings("unchecked")
        Grid<AccountRow> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, 0).name()).isEqualTo("Alpha Freight");
        assertThat(_get(grid, 0).segment()).isEqualTo(Segment.AT_RISK);
        assertThat(_get(Span.class, spec -> spec.withId("account-total")).getText())
                .isEqualTo("2 active accounts");

        UI.getCurrent().navigate("accounts", QueryParameters.simple(Map.of("segment", "GROWTH")));

        @SuppressWarnings("unchecked")
        Grid<AccountRow> filtered = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(_size(filtered)).isEqualTo(1);
        assertThat(_get(filtered, 0).name()).isEqualTo("Beta Foods");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Segment")).getValue())
                .isEqualTo(Segment.GROWTH);
    }

    @Test
    void a_link_naming_a_vertical_that_does_not_exist_shows_all_accounts_and_says_so() {
        login("accview.stale", Role.EXECUTIVE);

        UI.getCurrent().navigate("accounts", QueryParameters.simple(Map.of("vertical", "999999999")));

        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Vertical market"))
                        .getValue())
                .isNull();
        assertThat(_get(Span.class, spec -> spec.withId("account-total")).getText())
                .as("the figures follow the filter the person sees")
                .isEqualTo("2 active accounts");
    }

    @Test
    void clicking_an_account_in_the_grid_opens_its_detail() {
        login("accview.exec2", Role.EXECUTIVE);
        UI.getCurrent().navigate("accounts");
        @SuppressWarnings("unchecked")
        Grid<AccountRow> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));

        GridKt._clickItem(grid, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("accounts/" + alpha);
        assertThat(_get(H1.class, spec -> spec.withId("account-name")).getText())
                .isEqualTo("Alpha Freight");
        assertThat(_get(Span.class, spec -> spec.withId("account-segment")).getText())
                .isEqualTo("At-risk");
        assertThat(_get(Chart.class, spec -> spec.withId("account-cues"))
                        .getConfiguration()
                        .getSeries())
                .hasSize(2);
        @SuppressWarnings("unchecked")
        Grid<Object> contacts = _get(Grid.class, spec -> spec.withId("account-contacts"));
        assertThat(_size(contacts)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<Object> responses = _get(Grid.class, spec -> spec.withId("account-responses"));
        assertThat(_size(responses)).isEqualTo(1);
    }

    @Test
    void an_account_executive_cannot_open_someone_elses_account() {
        login("accview.other", Role.ACCOUNT_EXECUTIVE);

        UI.getCurrent().navigate("accounts/" + alpha);

        assertThat(_get(Paragraph.class, spec -> spec.withId("account-missing")).getText())
                .contains("not one of yours");
        assertThat(_find(H1.class, spec -> spec.withId("account-name"))).isEmpty();
    }
}
