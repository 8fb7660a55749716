package cx.touchpoint.segment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.events.PointClickEvent;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentFixtures;
import cx.touchpoint.segment.SegmentService;
import cx.touchpoint.testsupport.KaribuTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SegmentViewTest extends KaribuTest {

    @Autowired
    SegmentService service;

    SegmentFixtures fx;
    long ae;
    long atRisk;

    @BeforeEach
    void setUp() {
        fx = new SegmentFixtures(data, "Segment view survey");
        ae = data.user("segview.ae", Role.ACCOUNT_EXECUTIVE);
        fx.thresholds("5.00", "100000", "0.50");
        long q1 = fx.wave("View wave Q1", LocalDate.of(2026, 2, 1));
        long q2 = fx.wave("View wave Q2", LocalDate.of(2026, 4, 1));
        Instant inQ1 = Instant.parse("2026-02-10T10:00:00Z");
        Instant inQ2 = Instant.parse("2026-04-10T10:00:00Z");
        long model = fx.account("Model One", ae, "300000", "300000");
        fx.scored(model, 10, inQ1, q1, 6);
        fx.scored(model, 9, inQ2, q2, 6);
        atRisk = fx.account("At Risk One", ae, "500000", "500000");
        fx.scored(atRisk, 9, inQ1, q1, 6);
        fx.scored(atRisk, 3, inQ2, q2, 3);
        fx.scored(fx.account("Growth One", ae, "100000", "400000"), 9, inQ2, q2, 7);
        fx.account("Not Yet Surveyed", ae, "50000", "50000");
    }

    @Test
    void cards_show_the_services_numbers_and_the_scatter_one_series_per_segment() {
        login("segview.exec", Role.EXECUTIVE);

        UI.getCurrent().navigate("segments");

        var overview = service.overview(AccountFilter.ALL);
        for (Segment segment : Segment.values()) {
            var card = _get(SegmentCard.class, spec -> spec.withId("segment-card-" + segment.styleName()));
            assertThat(card.accountsText())
                    .isEqualTo(Long.toString(overview.of(segment).accounts()));
        }
        assertThat(_get(SegmentCard.class, spec -> spec.withId("segment-card-at-risk"))
                        .accountsText())
                .isEqualTo("1");
        assertThat(_get(Headline.class, spec -> spec.withId("headline-revenue-at-risk"))
                        .value())
                .isEqualTo("$500k");
        var chart = _get(Chart.class, spec -> spec.withId("segment-scatter"));
        assertThat(chart.getConfiguration().getSeries())
                .extracting(s -> s.getName())
                .containsExactly("Model", "Growth", "At-risk", "Dangling");
        assertThat(chart.getConfiguration().getSeries())
                .as("the points are in the browser, not kept in the session")
                .allSatisfy(series -> assertThat(((DataSeries) series).size()).isZero());
        var atRiskSeries = (DataSeries)
                drawn(AccountFilter.ALL).getConfiguration().getSeries().get(2);
        assertThat(atRiskSeries.get(0).getId()).isEqualTo(Long.toString(atRisk));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("movement-summary"))
                        .getText())
                .contains("1 account moved Model → At-risk");
    }

    @Test
    void clicking_a_point_opens_the_account() {
        login("segview.exec2", Role.EXECUTIVE);
        UI.getCurrent().navigate("segments");
        var chart = _get(Chart.class, spec -> spec.withId("segment-scatter"));

        ComponentUtil.fireEvent(
                chart,
                new PointClickEvent(
                        chart,
                        true,
                        0,
                        0,
                        false,
                        false,
                        false,
                        false,
                        0,
                        3.0,
                        500000,
                        2,
                        null,
                        0,
                        Long.toString(atRisk)));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("accounts/" + atRisk);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_a_vertical_market_narrows_the_cards_the_scatter_and_the_movement() {
        long retail = data.verticalMarket("Retail", "Consumer");
        long other = data.account(
                "Retail Only",
                ae,
                new java.math.BigDecimal("50000"),
                new java.math.BigDecimal("50000"),
                retail,
                data.location("Europe", "Germany"),
                data.platform("Cloud"));
        fx.scored(other, 2, Instant.parse("2026-04-12T10:00:00Z"), null, 2);
        login("segview.exec5", Role.EXECUTIVE);
        UI.getCurrent().navigate("segments");
        assertThat(_get(SegmentCard.class, spec -> spec.withId("segment-card-dangling"))
                        .accountsText())
                .isEqualTo("1");

        ComboBox<Option> vertical = _get(ComboBox.class, spec -> spec.withLabel("Vertical market"));
        vertical.setValue(new Option(retail, "Retail"));

        assertThat(_get(SegmentCard.class, spec -> spec.withId("segment-card-dangling"))
                        .accountsText())
                .isEqualTo("1");
        assertThat(_get(SegmentCard.class, spec -> spec.withId("segment-card-model"))
                        .accountsText())
                .isEqualTo("0");
        assertThat(drawn(new AccountFilter(retail, null, null, null))
                        .getConfiguration()
                        .getSeries())
                .extracting(series -> ((DataSeries) series).size())
                .containsExactly(0, 0, 0, 1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("movement-summary"))
                        .getText())
                .startsWith("1 of 1 accounts changed segment");
    }

    @Test
    void a_filter_that_matches_nothing_says_what_to_do() {
        login("segview.exec3", Role.EXECUTIVE);
        long emptyMarket = data.verticalMarket("Space tourism", "Frontier");

        UI.getCurrent().navigate("segments", QueryParameters.simple(Map.of("vertical", String.valueOf(emptyMarket))));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("empty-state")))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("No active accounts match these filters"));
        assertThat(_find(Chart.class, spec -> spec.withId("segment-scatter"))).isEmpty();
    }

    @Test
    void an_account_executive_has_no_threshold_editor() {
        login("segview.ae2", Role.ACCOUNT_EXECUTIVE);

        UI.getCurrent().navigate("segments");

        assertThat(_find(Button.class, spec -> spec.withId("edit-thresholds"))).isEmpty();
    }

    @Test
    void an_executive_edits_the_thresholds_and_bad_input_shows_the_rule() {
        login("segview.exec4", Role.EXECUTIVE);
        UI.getCurrent().navigate("segments");
        _click(_get(Button.class, spec -> spec.withId("edit-thresholds")));

        _get(BigDecimalField.class, spec -> spec.withId("threshold-score")).setValue(new java.math.BigDecimal("8"));
        _click(_get(Button.class, spec -> spec.withId("save-thresholds")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("threshold-error")).getText())
                .isEqualTo("The score threshold must be between 1 and 7.");
        assertThat(service.thresholds().score()).isEqualByComparingTo("5.00");

        _get(BigDecimalField.class, spec -> spec.withId("threshold-score")).setValue(new java.math.BigDecimal("6.5"));
        _click(_get(Button.class, spec -> spec.withId("save-thresholds")));

        assertThat(service.thresholds().score()).isEqualByComparingTo("6.50");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("segments");
    }

    @Test
    void a_save_over_someone_elses_change_says_so_and_offers_a_reload() {
        login("segview.exec6", Role.EXECUTIVE);
        UI.getCurrent().navigate("segments/thresholds");
        data.jdbc()
                .sql("update segment_threshold set score_threshold = 4.5, version = version + 1")
                .update();

        _get(BigDecimalField.class, spec -> spec.withId("threshold-score")).setValue(new java.math.BigDecimal("6"));
        _click(_get(Button.class, spec -> spec.withId("save-thresholds")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("threshold-error")).getText())
                .startsWith("Someone else changed the thresholds while you were editing.");
        assertThat(service.thresholds().score()).isEqualByComparingTo("4.50");
        _click(_get(Button.class, spec -> spec.withText("Reload")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("threshold-score"))
                        .getValue())
                .isEqualByComparingTo("4.50");
    }

    /** The scatter as the view builds it for {@code filter}, before its first drawing drops the points. */
    private Chart drawn(AccountFilter filter) {
        return SegmentScatter.of(service.scatter(filter), service.effectiveThresholds(), id -> {}, cell -> {});
    }
}
