package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.DataSeriesItem3d;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.Marker;
import com.vaadin.flow.component.charts.model.MarkerSymbolEnum;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsBubble;
import com.vaadin.flow.component.charts.model.PlotOptionsScatter;
import com.vaadin.flow.component.charts.model.SeriesTooltip;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import cx.touchpoint.base.ui.DrawnOnce;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.segment.AccountPoint;
import cx.touchpoint.segment.EffectiveThresholds;
import cx.touchpoint.segment.ScatterCell;
import cx.touchpoint.segment.ScatterView;
import cx.touchpoint.segment.Segment;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The scatter of scored accounts: x = summary score, y = annual revenue (logarithmic when every
 * revenue is positive), one series per segment coloured by the theme's segment colours, the
 * thresholds as lines. Clicking a point opens the account. Above {@link ScatterView#POINTS_MAX}
 * accounts each series shows bubbles, one per cell of similar accounts sized by how many it holds;
 * clicking a bubble lists its accounts.
 */
final class SegmentScatter {

    private SegmentScatter() {}

    static Chart of(
            ScatterView scatter,
            EffectiveThresholds thresholds,
            LongConsumer openAccount,
            Consumer<ScatterCell.Key> openCell) {
        var chart = InstantCharts.of(scatter.isBinned() ? ChartType.BUBBLE : ChartType.SCATTER);
        chart.setId("segment-scatter");
        chart.setHeight("480px");
        var conf = chart.getConfiguration();
        // colours come from segments.css (--tp-segment-*) through the chart's colour indexes
        conf.getChart().setStyledMode(true);
        conf.getChart().setZoomType(com.vaadin.flow.component.charts.model.Dimension.XY);
        conf.setTitle("Accounts by experience and revenue");
        conf.setSubTitle(
                scatter.isBinned()
                        ? "Each bubble holds the accounts of one segment with a similar score and revenue;"
                                + " click a bubble to list them"
                        : "Click a point to open the account");

        var x = new XAxis();
        x.setTitle("Summary experience score (1-7)");
        x.setMin(1);
        x.setMax(7);
        x.setTickInterval(1);
        x.addPlotLine(line(thresholds.score(), "Score " + thresholds.score(), "score-threshold"));
        conf.addxAxis(x);

        boolean log = scatter.isBinned()
                ? scatter.cells().stream().allMatch(c -> c.revenue().signum() > 0)
                : scatter.points().stream().allMatch(p -> p.revenue().signum() > 0);
        var y = new YAxis();
        y.setTitle("Annual revenue" + (log ? " (log scale)" : ""));
        y.setType(log ? AxisType.LOGARITHMIC : AxisType.LINEAR);
        if (!log || thresholds.revenue().signum() > 0) {
            String which = thresholds.revenueIsMedian() ? "median " : "";
            y.addPlotLine(line(
                    thresholds.revenue(),
                    "Revenue " + which + Formats.money(thresholds.revenue()),
                    "revenue-threshold"));
        }
        conf.addyAxis(y);

        int colour = 0;
        for (Segment segment : Segment.values()) {
            if (segment.isScored()) {
                conf.addSeries(
                        scatter.isBinned()
                                ? bubbles(segment, colour++, scatter.cells())
                                : series(segment, colour++, scatter.points()));
            }
        }
        DrawnOnce.chart(chart);
        chart.addPointClickListener(e -> {
            ScatterCell.Key cell = ScatterCell.Key.parse(e.getItemId());
            if (cell != null) {
                openCell.accept(cell);
            } else if (e.getItemId() != null && e.getItemId().matches("\\d+")) {
                openAccount.accept(Long.parseLong(e.getItemId()));
            }
        });
        return chart;
    }

    private static DataSeries series(Segment segment, int colourIndex, List<AccountPoint> points) {
        var series = new DataSeries(segment.label());
        for (AccountPoint point : points) {
            if (point.segment() == segment) {
                var item = new DataSeriesItem(point.score(), point.revenue());
                item.setId(Long.toString(point.accountId()));
                item.setName(point.name());
                series.add(item);
            }
        }
        var options = new PlotOptionsScatter();
        options.setColorIndex(colourIndex);
        options.setClassName("segment-" + segment.styleName());
        options.setMarker(new Marker(true));
        options.getMarker().setSymbol(MarkerSymbolEnum.CIRCLE);
        options.getMarker().setRadius(5);
        options.setTurboThreshold(0);
        var tooltip = new SeriesTooltip();
        tooltip.setHeaderFormat("<b>{series.name}</b><br>");
        tooltip.setPointFormat("{point.name}<br>score {point.x:.2f} · revenue ${point.y:,.0f}");
        options.setTooltip(tooltip);
        series.setPlotOptions(options);
        return series;
    }

    private static DataSeries bubbles(Segment segment, int colourIndex, List<ScatterCell> cells) {
        var series = new DataSeries(segment.label());
        for (ScatterCell cell : cells) {
            if (cell.segment() == segment) {
                var item = new DataSeriesItem3d(cell.score(), cell.revenue(), cell.accounts());
                item.setId(cell.key().id());
                series.add(item);
            }
        }
        var options = new PlotOptionsBubble();
        options.setColorIndex(colourIndex);
        options.setClassName("segment-" + segment.styleName());
        options.setMinSize("6");
        options.setMaxSize("44");
        var tooltip = new SeriesTooltip();
        tooltip.setHeaderFormat("<b>{series.name}</b><br>");
        tooltip.setPointFormat("{point.z} accounts<br>mean score {point.x:.2f} · mean revenue ${point.y:,.0f}");
        options.setTooltip(tooltip);
        series.setPlotOptions(options);
        return series;
    }

    private static PlotLine line(BigDecimal value, String text, String className) {
        var line = new PlotLine();
        line.setValue(value);
        line.setClassName(className);
        line.setDashStyle(DashStyle.DASH);
        line.setWidth(2);
        line.setZIndex(3);
        line.setLabel(new Label(text));
        return line;
    }
}
