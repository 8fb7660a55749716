package cx.touchpoint.account.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import cx.touchpoint.account.AccountDetail.CueScore;
import cx.touchpoint.account.AccountDetail.QuarterNps;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.InstantCharts;
import java.util.List;

/** The account detail's charts: expected vs experienced per cue, and NPS by quarter. */
final class AccountCharts {

    private AccountCharts() {}

    static Chart cues(List<CueScore> cues, String subtitle) {
        var chart = InstantCharts.of(ChartType.COLUMN);
        chart.setId("account-cues");
        chart.setHeight("340px");
        var conf = chart.getConfiguration();
        conf.setTitle("Expected vs experienced, per perception cue");
        conf.setSubTitle(subtitle);
        var x = new XAxis();
        x.setCategories(cues.stream().map(CueScore::cue).toArray(String[]::new));
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("1-7");
        y.setMin(1);
        y.setMax(7);
        y.setTickInterval(1);
        y.setEndOnTick(false);
        conf.addyAxis(y);
        conf.addSeries(new ListSeries(
                "Expected", cues.stream().map(c -> Figures.score(c.expected())).toArray(Number[]::new)));
        conf.addSeries(new ListSeries(
                "Experienced",
                cues.stream().map(c -> Figures.score(c.experienced())).toArray(Number[]::new)));
        return chart;
    }

    static Chart nps(List<QuarterNps> trend) {
        var chart = InstantCharts.of(ChartType.LINE);
        chart.setId("account-nps");
        chart.setHeight("340px");
        var conf = chart.getConfiguration();
        conf.setTitle("NPS by quarter");
        conf.setSubTitle("All of the account's survey responses with a 0-10 answer");
        var x = new XAxis();
        x.setCategories(trend.stream().map(QuarterNps::quarterLabel).toArray(String[]::new));
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("NPS");
        y.setMin(-100);
        y.setMax(100);
        conf.addyAxis(y);
        var series = new ListSeries(
                "NPS", trend.stream().map(q -> Figures.nps(q.nps())).toArray(Number[]::new));
        var options = new PlotOptionsLine();
        options.setDataLabels(new DataLabels(true));
        series.setPlotOptions(options);
        conf.addSeries(series);
        conf.getLegend().setEnabled(false);
        return chart;
    }
}
