package cx.touchpoint.account.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import cx.touchpoint.account.AccountDetail.CueScore;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.insight.ui.NpsTrendChart;
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

    /** NPS per quarter with n under each quarter and its interval; a quarter without answers is a gap. */
    static Chart nps(List<TrendPoint> trend) {
        return NpsTrendChart.of("account-nps", trend, "340px");
    }
}
