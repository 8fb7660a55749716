package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapSelection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Gap 6 and gap 1 per perception cue: what customers expect, what they experience and what managers
 * believe they expect (1-7), and the two gaps. Clicking a cue opens the answers behind it.
 */
class CueGapCharts extends Div {

    static final SolidColor EXPECTED = new SolidColor("#8a94a6");
    static final SolidColor EXPERIENCED = new SolidColor("#1a56db");
    static final SolidColor ESTIMATE = new SolidColor("#ef8f00");
    static final SolidColor WORSE = new SolidColor("#c62828");
    static final SolidColor BETTER = new SolidColor("#2e7d32");

    CueGapCharts(List<CueGaps> perCue, Consumer<GapSelection> onDrill) {
        addClassName("gap-chart-pair");
        add(scores(perCue, onDrill), gaps(perCue, onDrill));
    }

    private static Chart scores(List<CueGaps> perCue, Consumer<GapSelection> onDrill) {
        var chart = chart(
                "cue-scores",
                "What customers expect, experience, and what managers believe they expect",
                "1-7 scale · click a cue for the answers behind it",
                perCue,
                onDrill);
        var conf = chart.getConfiguration();
        conf.getyAxis().setMin(1);
        conf.getyAxis().setMax(7);
        conf.getyAxis().setTickInterval(1);
        conf.getyAxis().setTitle("1-7");
        conf.addSeries(series("Customers expect", perCue, c -> c.satisfaction().expected(), EXPECTED));
        conf.addSeries(
                series("Customers experience", perCue, c -> c.satisfaction().experienced(), EXPERIENCED));
        conf.addSeries(series(
                "Managers believe customers expect", perCue, c -> c.knowledge().managerEstimate(), ESTIMATE));
        return chart;
    }

    private static Chart gaps(List<CueGaps> perCue, Consumer<GapSelection> onDrill) {
        var chart = chart(
                "cue-gaps",
                "Satisfaction gap (6) and knowledge gap (1) per cue",
                "negative = worse for the customer",
                perCue,
                onDrill);
        var conf = chart.getConfiguration();
        conf.getyAxis().setTitle("gap, 1-7 scale");
        var satisfaction = series(
                "Satisfaction gap (6): experienced − expected",
                perCue,
                c -> c.satisfaction().gap(),
                EXPERIENCED);
        var knowledge = series(
                "Knowledge gap (1): manager estimate − customer expectation",
                perCue,
                c -> c.knowledge().gap(),
                ESTIMATE);
        for (var series : List.of(satisfaction, knowledge)) {
            var options = (PlotOptionsColumn) series.getPlotOptions();
            options.setNegativeColor(series == satisfaction ? WORSE : new SolidColor("#f4a261"));
            var labels = new DataLabels(true);
            labels.setFormat("{y:+.2f}");
            options.setDataLabels(labels);
        }
        conf.addSeries(satisfaction);
        conf.addSeries(knowledge);
        return chart;
    }

    private static Chart chart(
            String id, String title, String subtitle, List<CueGaps> perCue, Consumer<GapSelection> onDrill) {
        var chart = InstantCharts.of(ChartType.COLUMN);
        chart.setId(id);
        chart.setHeight("380px");
        var conf = chart.getConfiguration();
        conf.setTitle(title);
        conf.setSubTitle(subtitle);
        conf.getxAxis()
                .setCategories(perCue.stream()
                        .map(c -> c.cueName() + "\n"
                                + GapFormats.count(c.satisfaction().answers(), "answers"))
                        .toArray(String[]::new));
        conf.getTooltip().setShared(true);
        conf.getTooltip().setValueDecimals(2);
        chart.addPointClickListener(e ->
                onDrill.accept(GapSelection.cue(perCue.get(e.getItemIndex()).cueId())));
        return chart;
    }

    private static ListSeries series(
            String name, List<CueGaps> perCue, Function<CueGaps, Double> value, SolidColor color) {
        var series = new ListSeries(
                name, perCue.stream().map(c -> Figures.score(value.apply(c))).toArray(Number[]::new));
        var options = new PlotOptionsColumn();
        options.setColor(color);
        series.setPlotOptions(options);
        return series;
    }
}
