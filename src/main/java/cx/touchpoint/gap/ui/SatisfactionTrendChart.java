package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapTrendPoint;
import java.util.List;
import java.util.Objects;

/** Gap 6 per quarter: all cues (bold, labelled) and each cue. */
class SatisfactionTrendChart extends Chart {

    /** {@code quarters}: every quarter of the trend, so a quarter without answers is a gap, not skipped. */
    SatisfactionTrendChart(List<GapTrendPoint> trend, List<Quarter> quarterList, List<CueGaps> cues) {
        super(ChartType.LINE);
        setId("gap-trend");
        setHeight("360px");
        var conf = getConfiguration();
        conf.setTitle("Satisfaction gap (6) per quarter");
        conf.setSubTitle("experienced − expected, 1-7 scale; below 0 = experience falls short");
        List<String> quarters = quarterList.stream().map(Quarter::label).toList();
        conf.getxAxis().setCategories(quarters.toArray(String[]::new));
        conf.getyAxis().setTitle("gap");
        conf.getyAxis().addPlotLine(new PlotLine(0, 1, new SolidColor("#5c6370")));
        conf.getTooltip().setValueDecimals(2);
        for (CueGaps cue : cues) {
            var series = series(cue.cueName(), trend, quarters, cue.cueId());
            var options = new PlotOptionsLine();
            if (cue.cueId() == null) {
                options.setLineWidth(4);
                options.setColor(CueGapCharts.EXPERIENCED);
                options.setDataLabels(new DataLabels(true));
                options.getDataLabels().setFormat("{y:+.2f}");
            } else {
                options.setLineWidth(1);
                options.setDashStyle(com.vaadin.flow.component.charts.model.DashStyle.SHORTDASH);
            }
            series.setPlotOptions(options);
            conf.addSeries(series);
        }
    }

    private static DataSeries series(String name, List<GapTrendPoint> trend, List<String> quarters, Long cueId) {
        var series = new DataSeries(name);
        for (String quarter : quarters) {
            Double gap = trend.stream()
                    .filter(p -> p.quarterLabel().equals(quarter) && Objects.equals(p.cueId(), cueId))
                    .map(GapTrendPoint::gap)
                    .findFirst()
                    .orElse(null);
            series.add(new DataSeriesItem(quarter, Figures.score(gap)));
        }
        return series;
    }
}
