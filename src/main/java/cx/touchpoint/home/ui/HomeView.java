package cx.touchpoint.home.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.insight.ui.NpsTrendChart;
import cx.touchpoint.insight.ui.Uncertainty;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@CssImport("./styles/insight.css")
@Route("")
@PageTitle("Home · Touchpoint")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    HomeView(HomeService service) {
        addClassName("home-view");
        HomeHeadlines headlines = service.headlines();
        add(new H1("Customer experience at a glance"), new Paragraph(service.scopeLabel()));
        add(headlineRow(headlines));

        List<TrendPoint> trend = service.npsTrendByQuarter();
        if (trend.stream().noneMatch(TrendPoint::hasAnswers)) {
            var empty = new EmptyState(
                    "No survey responses yet. Once customers answer surveys, the NPS trend appears here.");
            add(empty);
        } else {
            add(npsChart(trend));
        }
    }

    private static Div headlineRow(HomeHeadlines h) {
        return Headline.row(
                ExperienceHeadlines.nps("headline-nps", h),
                ExperienceHeadlines.summaryScore("headline-score", h),
                Headline.withId(
                        "headline-responses",
                        "Responses, last 3 months",
                        Formats.count(h.recentResponses()),
                        "since " + Dates.day(h.recentResponsesFrom()) + ", all survey types"),
                ExperienceHeadlines.openIssues("headline-open-issues", h));
    }

    private static Div npsChart(List<TrendPoint> trend) {
        var chart = NpsTrendChart.of("nps-trend", trend, "360px");
        var title = new H2("Net Promoter Score by quarter");
        var legend = new Paragraph("% promoters (9-10) minus % detractors (0-6). "
                + Uncertainty.legend(trend.get(trend.size() - 1).estimate())
                + "; a triangle marks a significant change from the quarter before.");
        legend.addClassName("chart-legend");
        var card = new Div(title, legend, chart);
        card.addClassName("card");
        return card;
    }
}
