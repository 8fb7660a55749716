package cx.touchpoint.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.DrawnOnce;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.insight.ui.NpsTrendChart;
import cx.touchpoint.insight.ui.Uncertainty;
import cx.touchpoint.review.Defections;
import java.util.List;

/** The review's two charts: NPS by quarter and defection rate by vertical-market group. */
final class ReviewCharts {

    private ReviewCharts() {}

    /**
     * NPS per quarter with n and intervals, a quarter without answers a gap, significant changes marked
     * ({@link NpsTrendChart}).
     */
    static Component npsTrend(List<TrendPoint> trend) {
        if (trend.stream().noneMatch(TrendPoint::hasAnswers)) {
            return new EmptyState("No survey responses with an NPS answer yet.");
        }
        var legend =
                new Paragraph(Uncertainty.legend(trend.get(trend.size() - 1).estimate())
                        + "; a triangle marks a significant change from the quarter before.");
        legend.addClassName("chart-legend");
        return new Div(DrawnOnce.chart(npsTrendChart(trend)), legend);
    }

    /** The trend's chart as the view builds it, before its first drawing. */
    static Chart npsTrendChart(List<TrendPoint> trend) {
        return NpsTrendChart.of("review-nps-chart", trend, "300px");
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
