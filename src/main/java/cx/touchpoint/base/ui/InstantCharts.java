package cx.touchpoint.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.PlotOptionsSeries;

/**
 * The dashboards' charts: drawn complete the moment the view is there. Highcharts' start-up animation
 * (about a second) would otherwise show a view that is ready with its chart still empty or half drawn.
 */
public final class InstantCharts {

    private InstantCharts() {}

    /** A chart of this type whose series appear at once, without the start-up animation. */
    public static Chart of(ChartType type) {
        var chart = new Chart(type);
        var series = new PlotOptionsSeries();
        series.setAnimation(false);
        chart.getConfiguration().addPlotOptions(series);
        return chart;
    }
}
