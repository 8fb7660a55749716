package cx.touchpoint.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.ui.DrawnOnce;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.home.NpsPoint;
import cx.touchpoint.review.Defections;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The review's two charts: NPS by quarter and defection rate by vertical-market group. */
final class ReviewCharts {

    private ReviewCharts() {}

    /**
     * NPS over {@code quarters}, one category each, the current quarter last; a quarter without NPS
     * answers is a gap in the line, not left out (which would pull the later quarters to the left).
     */
    static Component npsTrend(List<Quarter> quarters, List<NpsPoint> trend) {
        if (trend.isEmpty()) {
            return new EmptyState("No survey responses with an NPS answer yet.");
        }
        var chart = chart(ChartType.LINE, "review-nps-chart", "NPS");
        Map<LocalDate, NpsPoint> byQuarter =
                trend.stream().collect(Collectors.toMap(NpsPoint::quarterStart, point -> point));
        var series = new DataSeries("NPS");
        for (Quarter quarter : quarters) {
            NpsPoint point = byQuarter.get(quarter.start());
            series.add(new DataSeriesItem(quarter.label(), point == null ? null : Figures.nps(point.nps())));
        }
        var options = new PlotOptionsLine();
        options.setDataLabels(new DataLabels(true));
        series.setPlotOptions(options);
        chart.getConfiguration()
                .getxAxis()
                .setCategories(quarters.stream().map(Quarter::label).toArray(String[]::new));
        chart.getConfiguration().addSeries(series);
        return chart;
    }

    static Component defections(List<Defections> groups) {
        if (groups.stream().allMatch(g -> g.accounts() == 0)) {
            return new EmptyState("No accounts yet.");
        }
        var chart = chart(ChartType.COLUMN, "review-defections-chart", "% of accounts defected");
        var series = new DataSeries("Defection rate");
        for (Defections group : groups) {
            var item = new DataSeriesItem(
                    group.marketGroup(),
                    group.rate() == null ? 0 : Figures.round(group.rate(), Figures.PERCENT_DECIMALS));
            series.add(item);
        }
        var options = new PlotOptionsColumn();
        var labels = new DataLabels(true);
        labels.setFormat("{y:.1f} %");
        options.setDataLabels(labels);
        options.setColorByPoint(false);
        series.setPlotOptions(options);
        chart.getConfiguration()
                .getxAxis()
                .setCategories(groups.stream().map(Defections::marketGroup).toArray(String[]::new));
        chart.getConfiguration().addSeries(series);
        return chart;
    }

    private static Chart chart(ChartType type, String id, String yTitle) {
        var chart = DrawnOnce.chart(InstantCharts.of(type));
        chart.setId(id);
        chart.setHeight("280px");
        var conf = chart.getConfiguration();
        conf.setTitle("");
        conf.addxAxis(new XAxis());
        var y = new YAxis();
        y.setTitle(yTitle);
        conf.addyAxis(y);
        conf.getLegend().setEnabled(false);
        return chart;
    }
}
