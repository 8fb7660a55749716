package cx.touchpoint.home.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.SeriesTooltip;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.home.NpsPoint;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("")
@PageTitle("Home · Touchpoint")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    HomeView(HomeService service) {
        addClassName("home-view");
        HomeHeadlines headlines = service.headlines();
        add(new H2("Customer experience at a glance"), new Paragraph(service.scopeLabel()));
        add(headlineRow(headlines));

        List<NpsPoint> trend = service.npsTrend();
        if (trend.isEmpty()) {
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

    private static Chart npsChart(List<NpsPoint> trend) {
        var chart = InstantCharts.of(ChartType.LINE);
        chart.setId("nps-trend");
        var conf = chart.getConfiguration();
        conf.setTitle("Net Promoter Score by quarter");
        conf.setSubTitle("% promoters (9-10) minus % detractors (0-6)");
        var x = new XAxis();
        x.setCategories(trend.stream().map(NpsPoint::quarterLabel).toArray(String[]::new));
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("NPS");
        conf.addyAxis(y);
        var series = new DataSeries("NPS");
        for (NpsPoint point : trend) {
            var item = new DataSeriesItem(point.quarterLabel(), Figures.nps(point.nps()));
            series.add(item);
        }
        var options = new PlotOptionsLine();
        options.setDataLabels(new DataLabels(true));
        var tooltip = new SeriesTooltip();
        tooltip.setValueDecimals(Figures.NPS_DECIMALS);
        options.setTooltip(tooltip);
        series.setPlotOptions(options);
        conf.addSeries(series);
        conf.getLegend().setEnabled(false);
        chart.setHeight("360px");
        return chart;
    }
}
