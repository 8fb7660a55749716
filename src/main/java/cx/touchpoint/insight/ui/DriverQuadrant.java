package cx.touchpoint.insight.ui;

import static cx.touchpoint.base.ui.StaticMarkup.element;
import static cx.touchpoint.base.ui.StaticMarkup.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsScatter;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.Shares;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.insight.DriverAnalysis;
import cx.touchpoint.insight.Quadrant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * "What drives NPS": the top three drivers in words with R² and n, the importance × performance quadrant
 * (a chart) and the same as a table for screen readers and for reading exact values.
 */
@NamedInterface("ui")
public final class DriverQuadrant {

    private static final Map<Quadrant, String> COLOURS = Map.of(
            Quadrant.FIX_FIRST, "#c62828",
            Quadrant.KEEP, "#1e7d32",
            Quadrant.MAINTAIN, "#1565c0",
            Quadrant.LOWER_PRIORITY, "#6b7280");

    private DriverQuadrant() {}

    /**
     * The section's content for {@code analysis}; {@code scope} says which responses it covers ("relationship
     * responses, last 12 months"). Without an estimate, its reason in words.
     */
    public static Component of(DriverAnalysis analysis, String scope) {
        if (!analysis.estimated()) {
            var empty = new EmptyState(analysis.message());
            empty.setId("drivers-none");
            return empty;
        }
        var summary = new Paragraph(summary(analysis, scope));
        summary.setId("drivers-summary");
        var layout = new Div(chart(analysis), table(analysis));
        layout.addClassName("drivers-layout");
        var section = new Div(summary, topThree(analysis), layout);
        section.addClassName("drivers");
        return section;
    }

    /** "The six cues explain 46 % of the variation in likelihood to recommend (R² = 0.46, n = 1,204 ...)". */
    static String summary(DriverAnalysis analysis, String scope) {
        return "The " + analysis.drivers().size() + " cues explain " + percent(analysis.r2())
                + " of the differences in likelihood to recommend (R² = " + Figures.plain(analysis.r2(), 2) + ", n = "
                + Formats.count(analysis.n()) + " " + scope + "). Importance is each cue's share of that.";
    }

    private static Html topThree(DriverAnalysis analysis) {
        List<BigDecimal> shares = shares(analysis);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < Math.min(3, analysis.drivers().size()); i++) {
            var driver = analysis.drivers().get(i);
            items.append(element(
                    "li",
                    "driver-top",
                    text(driver.cue() + ": " + shares.get(i).toPlainString() + " % of what the cues explain"
                            + (driver.sign() < 0 ? " (higher scores go with lower likelihood to recommend)" : "")
                            + " · " + Quadrant.of(analysis, driver).label().toLowerCase())));
        }
        var html = new Html("<ol id=\"drivers-top\" class=\"drivers-top\">" + items + "</ol>");
        return html;
    }

    static Chart chart(DriverAnalysis analysis) {
        var chart = InstantCharts.of(ChartType.SCATTER);
        chart.setId("drivers-quadrant");
        chart.setHeight("340px");
        var conf = chart.getConfiguration();
        conf.setTitle("");
        var x = new XAxis();
        x.setTitle("Importance: % of R²");
        x.setMin(0);
        double split = 100 * Quadrant.importanceSplit(analysis);
        var importanceLine = new PlotLine(split, 1, new SolidColor("#9aa5b1"));
        importanceLine.setLabel(new Label("average importance"));
        x.setPlotLines(importanceLine);
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("Performance: mean experienced (1-7)");
        var performanceLine = new PlotLine(Quadrant.performanceSplit(analysis), 1, new SolidColor("#9aa5b1"));
        performanceLine.setLabel(new Label("average performance"));
        y.setPlotLines(performanceLine);
        conf.addyAxis(y);
        for (Quadrant quadrant : Quadrant.values()) {
            var series = new DataSeries(quadrant.label() + " (" + quadrant.meaning() + ")");
            for (var driver : analysis.drivers()) {
                if (Quadrant.of(analysis, driver) == quadrant) {
                    var item = new DataSeriesItem(
                            Figures.round(100 * driver.importance(), Figures.PERCENT_DECIMALS),
                            Figures.score(driver.performance()));
                    item.setName(driver.cue());
                    series.add(item);
                }
            }
            var options = new PlotOptionsScatter();
            options.setColor(new SolidColor(COLOURS.get(quadrant)));
            var labels = new DataLabels(true);
            labels.setFormat("{point.name}");
            options.setDataLabels(labels);
            series.setPlotOptions(options);
            conf.addSeries(series);
        }
        return chart;
    }

    /** The quadrant as a table: cue, importance (shares rounded together: they add up to 100 %), performance. */
    static Html table(DriverAnalysis analysis) {
        List<BigDecimal> shares = shares(analysis);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < analysis.drivers().size(); i++) {
            var driver = analysis.drivers().get(i);
            rows.append("<tr><th scope=\"row\">")
                    .append(text(driver.cue()))
                    .append("</th><td>")
                    .append(shares.get(i).toPlainString())
                    .append(" %</td><td>")
                    .append(text(Formats.score(driver.performance())))
                    .append("</td><td>")
                    .append(driver.sign() < 0 ? "−" : "+")
                    .append("</td><td>")
                    .append(text(Quadrant.of(analysis, driver).label()))
                    .append("</td></tr>");
        }
        return new Html("<table id=\"drivers-table\" class=\"drivers-table\"><caption>Key drivers of likelihood to"
                + " recommend</caption><thead><tr><th scope=\"col\">Cue</th><th scope=\"col\">Importance</th>"
                + "<th scope=\"col\">Performance</th><th scope=\"col\">Direction</th><th scope=\"col\">Quadrant</th>"
                + "</tr></thead><tbody>" + rows + "</tbody></table>");
    }

    private static List<BigDecimal> shares(DriverAnalysis analysis) {
        return Shares.rounded(
                analysis.drivers().stream().map(d -> 100 * d.importance()).toList(), Figures.PERCENT_DECIMALS);
    }

    private static String percent(Double share) {
        return Formats.percent(share == null ? null : 100 * share, 0);
    }
}
