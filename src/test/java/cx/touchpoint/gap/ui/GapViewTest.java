package cx.touchpoint.gap.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.gap.AnswerBehindGap;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.Direction;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapFixtures;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.gap.RankedGap;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clock 2026-05-13: the gap view's default period is Feb-Apr 2026. */
class GapViewTest extends KaribuTest {

    @Autowired
    GapService service;

    long template;
    long onTime;
    long reply;

    void seed() {
        var fixtures = new GapFixtures(data.jdbc());
        long ae = data.user("gapview.ae", Role.ACCOUNT_EXECUTIVE);
        long retail = data.verticalMarket("Retail", "Consumer");
        long alpha = data.account("Alpha", ae, BigDecimal.TEN, BigDecimal.TEN);
        long beta = data.account(
                "Beta",
                ae,
                BigDecimal.TEN,
                BigDecimal.TEN,
                retail,
                data.location("Europe", "Germany"),
                data.platform("Cloud"));
        template = data.relationshipTemplate("Gap view survey");
        long r1 = data.response(template, alpha, "PRESENT", 8, Instant.parse("2026-03-10T10:00:00Z"), "Late again");
        data.answer(r1, data.itemId(template, "reliability"), 6, 4);
        long r2 = data.response(template, beta, "PRESENT", 8, Instant.parse("2026-04-10T10:00:00Z"), "Fine");
        data.answer(r2, data.itemId(template, "reliability"), 7, 4);
        data.answer(r2, data.itemId(template, "competence"), 4, 6);
        onTime = fixtures.standard("on_time_delivery", "reliability", "%", Direction.HIGHER_IS_BETTER, "98");
        for (String month : new String[] {"2026-02", "2026-03", "2026-04"}) {
            fixtures.actual(onTime, month, "90");
        }
        reply = fixtures.standard("first_reply_time", "responsiveness", "h", Direction.LOWER_IS_BETTER, "4");
        fixtures.actual(reply, "2026-04", "24");
        fixtures.promise(reply, "1", "2026-01-01", null);
    }

    @Test
    void the_executive_sees_the_figures_the_service_computed_and_the_charts() {
        seed();
        login("gapview.exec", Role.EXECUTIVE);

        UI.getCurrent().navigate("gaps");

        List<CueGaps> expected = service.cueGaps(GapFilter.DEFAULT);
        assertThat(headline(6))
                .isEqualTo(GapFormats.scale(expected.get(6).satisfaction().gap()))
                .isEqualTo("-1.00");
        assertThat(headline(1)).isEqualTo(Formats.NO_DATA);
        assertThat(tableCell(onTime, "delivery")).isEqualTo("-8.0 points");
        assertThat(tableCell(reply, "communication")).isEqualTo("-23.0 h");
        assertThat(tableCell(reply, "perception")).isEqualTo(Formats.NO_DATA);
        assertThat(gapLine(onTime, "delivery")).isEqualTo("-8.0 points (-8.2 %)");
        assertThat(gapLine(reply, "communication"))
                .as("24 h against a promised 1 h: in hours, not -2,300 %")
                .isEqualTo("-23.0 h");
        var scores = _get(Chart.class, spec -> spec.withId("cue-scores"));
        var experienced = (ListSeries) scores.getConfiguration().getSeries().get(1);
        assertThat(experienced.getData()[1].doubleValue()).isEqualTo(4.0);
        assertThat(experienced.getData()[2]).isNull();
        assertThat(_find(Chart.class, spec -> spec.withId("gap-trend"))).hasSize(1);
        var ranked = _get(Grid.class, spec -> spec.withId("largest-gaps"));
        assertThat(((RankedGap) GridKt._get(ranked, 0)).cueName()).isEqualTo("Reliability");
    }

    @Test
    void clicking_a_ranked_gap_shows_the_answers_and_comments_behind_it() {
        seed();
        login("gapview.lead", Role.TEAM_LEAD, "customer_service");
        UI.getCurrent().navigate("gaps");

        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("largest-gaps")), 0);

        @SuppressWarnings("unchecked")
        Grid<AnswerBehindGap> answers = _get(Grid.class, spec -> spec.withId("answers-behind-gap"));
        assertThat(GridKt._size(answers)).isEqualTo(2);
        assertThat(GridKt._get(answers, 1).comment()).isEqualTo("Late again");
    }

    @Test
    void the_filter_in_the_url_narrows_the_figures() {
        seed();
        long retail = data.verticalMarket("Retail", "Consumer");
        login("gapview.exec2", Role.EXECUTIVE);

        UI.getCurrent()
                .navigate(
                        "gaps",
                        QueryParameters.simple(java.util.Map.of("vertical", String.valueOf(retail), "months", "6")));

        assertThat(headline(6)).isEqualTo("-0.50");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("gap-scope")).getText())
                .startsWith("Accounts in vertical market Retail · Nov 2025 – Apr 2026");
    }

    @Test
    void without_any_data_the_view_says_no_data_instead_of_zero() {
        login("gapview.empty", Role.EXECUTIVE);

        UI.getCurrent().navigate("gaps");

        assertThat(headline(6)).isEqualTo(Formats.NO_DATA);
        assertThat(headline(1)).isEqualTo(Formats.NO_DATA);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("empty-state")))
                .hasSize(3);
    }

    @Test
    void choosing_a_touch_point_narrows_the_figures_and_a_chain_opens_the_answers_behind_its_standard() {
        seed();
        var fixtures = new GapFixtures(data.jdbc());
        long deliveryItem = fixtures.transactionItem("Delivery survey", "delivery", "reliability");
        long account =
                data.account("Gamma", data.user("gapview.ae2", Role.ACCOUNT_EXECUTIVE), BigDecimal.TEN, BigDecimal.TEN);
        data.answer(
                fixtures.transactionResponse(deliveryItem, account, Instant.parse("2026-04-02T10:00:00Z"), "Late"),
                deliveryItem,
                7,
                2);
        fixtures.linkItem(data.itemId(template, "reliability"), onTime);
        login("gapview.exec3", Role.EXECUTIVE);
        UI.getCurrent().navigate("gaps");
        assertThat(headline(6)).isEqualTo("-2.00");
        var onTimeCard = _get(GapChainCard.class, spec -> spec.withId("gap-chain-" + onTime));
        ButtonKt._click(_get(onTimeCard, Button.class, spec -> spec.withText("Answers behind it")));
        @SuppressWarnings("unchecked")
        Grid<AnswerBehindGap> answers = _get(Grid.class, spec -> spec.withId("answers-behind-gap"));
        assertThat(GridKt._size(answers)).isEqualTo(2);
        _get(AnswersDialog.class).close();

        @SuppressWarnings("unchecked")
        ComboBox<Option> touchPoint = _get(ComboBox.class, spec -> spec.withLabel("Touch point"));
        HasValueUtilsKt._setValue(
                touchPoint,
                touchPoint
                        .getListDataView()
                        .getItems()
                        .filter(o -> o.name().equals("Delivery"))
                        .findFirst()
                        .orElseThrow());

        assertThat(headline(6)).isEqualTo("-5.00");
        // the seeded standards have no touch point, so none is shown at the delivery touch point
        assertThat(_find(GapChainCard.class)).isEmpty();
    }

    private static String headline(int gap) {
        return _get(Headline.class, spec -> spec.withId("gap-headline-" + gap)).value();
    }

    private static String tableCell(long standardId, String kind) {
        var row = _get(NativeTableRow.class, spec -> spec.withId("standard-gaps-" + standardId));
        var cell = _get(row, NativeTableCell.class, spec -> spec.withClasses("gap-cell-" + kind));
        return _get(cell, Span.class, spec -> spec.withClasses("gap-value")).getText();
    }

    private static String gapLine(long standardId, String kind) {
        var card = _get(GapChainCard.class, spec -> spec.withId("gap-chain-" + standardId));
        var line = _get(card, ListItem.class, spec -> spec.withClasses("gap-line-" + kind));
        return _get(line, Span.class, spec -> spec.withClasses("gap-value")).getText();
    }
}
