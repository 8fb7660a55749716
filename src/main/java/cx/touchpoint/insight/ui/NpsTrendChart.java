package cx.touchpoint.insight.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.Marker;
import com.vaadin.flow.component.charts.model.MarkerSymbolEnum;
import com.vaadin.flow.component.charts.model.PlotOptionsErrorbar;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.insight.Significance;
import cx.touchpoint.insight.TrendPoint;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * NPS by quarter, the way every view draws it: the plain NPS as a line with its confidence interval as an
 * error bar, n under each quarter, a quarter without answers a gap in the line (never joined to its
 * neighbours, never 0), and a quarter that moved significantly from the one before marked with a triangle
 * pointing the way it moved (its data label says "significant rise"/"drop").
 */
@NamedInterface("ui")
public final class NpsTrendChart {

    /** Significant rise: green; drop: red; the rest in the series' own colour. */
    private static final SolidColor RISE = new SolidColor("#1e7d32");

    private static final SolidColor DROP = new SolidColor("#c62828");

    private NpsTrendChart() {}

    /** The chart of {@code points} (oldest first), with the element id {@code id}. */
    public static Chart of(String id, List<TrendPoint> points, String height) {
        var chart = InstantCharts.of(ChartType.LINE);
        chart.setId(id);
        chart.setHeight(height);
        var conf = chart.getConfiguration();
        conf.setTitle("");
        var x = new XAxis();
        x.setCategories(points.stream().map(NpsTrendChart::category).toArray(String[]::new));
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("NPS");
        y.setMin(-100);
        y.setMax(100);
        conf.addyAxis(y);
        var line = new DataSeries("NPS");
        var bars = new DataSeries("Confidence interval");
        for (TrendPoint point : points) {
            line.add(npsItem(point));
            var bar = new DataSeriesItem();
            bar.setName(point.label());
            if (point.hasAnswers() && point.estimate().interval() != null) {
                bar.setLow(Figures.nps(point.estimate().interval().low()));
                bar.setHigh(Figures.nps(point.estimate().interval().high()));
            }
            bars.add(bar);
        }
        var lineOptions = new PlotOptionsLine();
        lineOptions.setDataLabels(new DataLabels(true));
        // a quarter without answers stays a gap: Highcharts joins nulls only when told to
        lineOptions.setConnectNulls(false);
        line.setPlotOptions(lineOptions);
        var barOptions = new PlotOptionsErrorbar();
        barOptions.setColor(new SolidColor("#5b6b7f"));
        bars.setPlotOptions(barOptions);
        conf.addSeries(line);
        conf.addSeries(bars);
        conf.getLegend().setEnabled(false);
        return chart;
    }

    /** "2026 Q2", then "n = 104" on a line of its own: the n of each point is read under its quarter. */
    static String category(TrendPoint point) {
        return point.label() + "\n"
                + (point.hasAnswers() ? "n = " + Formats.count(point.estimate().n()) : "no answers");
    }

    private static DataSeriesItem npsItem(TrendPoint point) {
        var item = new DataSeriesItem(
                point.label(), point.hasAnswers() ? Figures.nps(point.estimate().value()) : null);
        Significance change = point.change().significance();
        if (change.significant()) {
            var marker = new Marker(true);
            marker.setSymbol(
                    change == Significance.SIGNIFICANT_RISE
                            ? MarkerSymbolEnum.TRIANGLE
                            : MarkerSymbolEnum.TRIANGLE_DOWN);
            marker.setRadius(8);
            marker.setFillColor(change == Significance.SIGNIFICANT_RISE ? RISE : DROP);
            item.setMarker(marker);
            var label = new DataLabels(true);
            label.setFormat("{y} · " + change.words());
            item.setDataLabels(label);
        }
        return item;
    }
}
