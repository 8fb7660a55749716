package cx.touchpoint.theme.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.Stacking;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.ui.DrawnOnce;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.theme.CommentFilter;
import cx.touchpoint.theme.ThemeCount;
import cx.touchpoint.theme.ThemeService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.modulith.NamedInterface;

/** An account's themes over time (comments per quarter and theme, chart and table) and its comments by theme and sentiment. */
@NamedInterface("ui")
@CssImport("./styles/themes.css")
public class AccountThemes extends Div {

    static final String UNTHEMED = "Not yet themed";

    public AccountThemes(ThemeService themes, long accountId) {
        setId("account-themes");
        List<ThemeCount> counts = themes.accountThemes(accountId);
        if (counts.isEmpty()) {
            add(new EmptyState("No analysed comments from this account yet."));
        } else {
            add(chart(counts));
            var table = new Grid<ThemeCount>();
            table.setId("account-themes-table");
            table.addColumn(c -> Quarter.of(c.period()).label()).setHeader("Quarter");
            table.addColumn(c -> name(c)).setHeader("Theme").setFlexGrow(2);
            table.addColumn(c -> Formats.count(c.comments())).setHeader("Comments");
            table.addColumn(c -> Formats.count(c.negative())).setHeader("Negative");
            table.setItems(counts);
            table.setAllRowsVisible(true);
            add(new Details("The same as a table", table));
        }
        add(new ThemedVerbatims(themes, CommentFilter.ALL.withAccount(accountId), 10, "account-verbatims", true));
    }

    private static String name(ThemeCount c) {
        return c.themeName() == null ? UNTHEMED : c.themeName();
    }

    private static Chart chart(List<ThemeCount> counts) {
        var quarters = new TreeSet<LocalDate>();
        counts.forEach(c -> quarters.add(c.period()));
        List<LocalDate> order = List.copyOf(quarters);
        Map<String, Number[]> series = new LinkedHashMap<>();
        for (ThemeCount c : counts) {
            Number[] values = series.computeIfAbsent(name(c), n -> new Number[order.size()]);
            int i = order.indexOf(c.period());
            values[i] = (values[i] == null ? 0 : values[i].longValue()) + c.comments();
        }
        Chart chart = DrawnOnce.chart(InstantCharts.of(ChartType.COLUMN));
        chart.setId("account-themes-chart");
        chart.setHeight("260px");
        var conf = chart.getConfiguration();
        conf.setTitle("");
        var x = new XAxis();
        x.setCategories(order.stream().map(q -> Quarter.of(q).label()).toArray(String[]::new));
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("Comments");
        conf.addyAxis(y);
        var stacked = new PlotOptionsColumn();
        stacked.setStacking(Stacking.NORMAL);
        conf.setPlotOptions(stacked);
        series.forEach((name, values) -> {
            Number[] filled = new Number[values.length];
            for (int i = 0; i < values.length; i++) {
                filled[i] = Objects.requireNonNullElse(values[i], 0);
            }
            conf.addSeries(new ListSeries(name, filled));
        });
        return chart;
    }
}
