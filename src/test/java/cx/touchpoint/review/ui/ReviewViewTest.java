package cx.touchpoint.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsSeries;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.base.ui.CommentText;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.review.ReviewService;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends KaribuTest {

    @Autowired
    ReviewService review;

    static final Instant NOW = Instant.parse("2026-05-13T10:00:00Z");

    @Test
    void the_executive_sees_scores_issues_and_customer_words_before_any_revenue_figure() {
        long ae = data.user("review.view.ae", Role.ACCOUNT_EXECUTIVE);
        long template = data.relationshipTemplate("Review view");
        long account = data.account("Quoted Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long response = data.response(template, account, "PRESENT", 2, NOW.minus(Duration.ofDays(3)), "Late again.");
        data.answer(response, data.itemId(template, "reliability"), 6, 2);
        long issue = data.issue(account, "TRIAGED", NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(2)));
        login("review.exec", Role.EXECUTIVE);

        UI.getCurrent().navigate(ReviewView.class);

        assertThat(_get(Headline.class, spec -> spec.withId("review-headline-nps"))
                        .value())
                .isEqualTo("-100");
        assertThat(_get(Headline.class, spec -> spec.withId("review-headline-open-issues"))
                        .value())
                .isEqualTo("1");
        assertThat(_find(Html.class, spec -> spec.withClasses("verbatim-source")))
                .extracting(Html::getInnerHtml)
                .anyMatch(source -> source.contains("href=\"accounts/" + account + "\""));
        assertThat(_get(Html.class, spec -> spec.withClasses("review-issue-rows"))
                        .getInnerHtml())
                .contains("href=\"issues?issue=" + issue + "\"");
        assertThat(_find(CommentText.class)).extracting(CommentText::text).contains("“Late again.”");
        var shown = (DataSeries) _get(Chart.class, spec -> spec.withId("review-nps-chart"))
                .getConfiguration()
                .getSeries()
                .get(0);
        assertThat(shown.getData())
                .as("the points are in the browser, not kept in the session")
                .isEmpty();
        // what the chart drew: the chart as the view builds it, before its first drawing
        var trend = ReviewCharts.npsTrendChart(review.npsTrendByQuarter()).getConfiguration();
        assertThat(trend.getxAxis().getCategories())
                .as("each quarter with its n beneath, a quarter without answers says so")
                .containsExactly(
                        "2024 Q3\nno answers",
                        "2024 Q4\nno answers",
                        "2025 Q1\nno answers",
                        "2025 Q2\nno answers",
                        "2025 Q3\nno answers",
                        "2025 Q4\nno answers",
                        "2026 Q1\nno answers",
                        "2026 Q2\nn = 1");
        var nps = (DataSeries) trend.getSeries().get(0);
        assertThat(nps.getData())
                .extracting(item -> item.getY() == null ? null : item.getY().intValue())
                .as("a gap where a quarter has no NPS answer; this quarter last")
                .containsExactly(null, null, null, null, null, null, null, -100);
        assertThat(trend.getPlotOptions().stream()
                        .filter(PlotOptionsSeries.class::isInstance)
                        .map(options -> ((PlotOptionsSeries) options).getAnimation()))
                .as("drawn whole at once, not revealed from the left (InstantCharts)")
                .containsExactly(false);
    }

    @Test
    void an_empty_company_gets_empty_states_instead_of_zeros() {
        login("review.empty", Role.EXECUTIVE);

        UI.getCurrent().navigate(ReviewView.class);

        assertThat(_get(Headline.class, spec -> spec.withId("review-headline-nps"))
                        .value())
                .isEqualTo("no data");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("No goals are set for this quarter yet.", "No comments from low-scoring responses yet.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("drivers-none")).getText())
                .as("drivers without enough responses: words, never a number")
                .isEqualTo("Not enough responses to say: 0 complete responses, at least 50 needed.");
    }

    @Test
    void what_drives_nps_shows_the_top_drivers_with_r2_and_n_the_quadrant_and_its_table() {
        long ae = data.user("review.drivers.ae", Role.ACCOUNT_EXECUTIVE);
        long template = data.relationshipTemplate("Review drivers");
        long account = data.account("Driven Co", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        String[] cues = {
            "competence", "reliability", "responsiveness", "transaction_security", "trustworthiness", "access"
        };
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            int[] experienced = new int[6];
            for (int c = 0; c < 6; c++) {
                experienced[c] = 1 + random.nextInt(7);
            }
            int nps = Math.max(0, Math.min(10, (int) Math.round(1.5 * experienced[1] - 1 + random.nextGaussian())));
            long response = data.response(template, account, "PRESENT", nps, NOW.minus(Duration.ofDays(20 + i)), "");
            for (int c = 0; c < 6; c++) {
                data.answer(response, data.itemId(template, cues[c]), 5, experienced[c]);
            }
        }
        login("review.drivers", Role.EXECUTIVE);

        UI.getCurrent().navigate(ReviewView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("drivers-summary")).getText())
                .startsWith("The 6 cues explain ")
                .contains("n = 60 relationship responses, last 12 months");
        String top = _get(Html.class, spec -> spec.withId("drivers-top")).getInnerHtml();
        assertThat(top).startsWith("<li class=\"driver-top\">Reliability: ");
        String table = _get(Html.class, spec -> spec.withId("drivers-table")).getInnerHtml();
        assertThat(table).contains("<th scope=\"row\">Reliability</th>");
        var quadrant =
                _get(Chart.class, spec -> spec.withId("drivers-quadrant")).getConfiguration();
        assertThat(quadrant.getSeries())
                .extracting(series -> series.getName())
                .containsExactly(
                        "Fix first (important and weak)",
                        "Keep (important and strong)",
                        "Maintain (less important and strong)",
                        "Lower priority (less important and weak)");
    }

    @Test
    void only_executives_open_the_review() {
        login("review.lead", Role.TEAM_LEAD);

        UI.getCurrent().navigate(ReviewView.class);

        // the refusal explains itself (issue 23 §5) instead of opening the review
        assertThat(_find(ReviewView.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("access-denied-reason"))
                        .getText())
                .startsWith("This page is for executives — you are signed in as Test review.lead (team lead).");
    }
}
