package cx.touchpoint.theme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.DrawnOnce;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.theme.CommentFilter;
import cx.touchpoint.theme.ThemeService;
import cx.touchpoint.theme.ThemeSummary;
import java.util.Comparator;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The experience review's "What customers say": themes by volume and by impact on the likelihood to recommend,
 * the emerging ones, and verbatims filtered by theme and sentiment. A component of its own, so the review adds
 * it as one section.
 */
@NamedInterface("ui")
@CssImport("./styles/themes.css")
public class WhatCustomersSay extends Div {

    static final int TOP = 8;
    static final int VERBATIMS = 6;

    public WhatCustomersSay(ThemeService themes) {
        setId("what-customers-say");
        addClassName("what-customers-say");
        List<ThemeSummary> all = themes.activeThemes();
        if (all.isEmpty()) {
            add(new EmptyState("No themes yet: comments are being analysed, and themes are found once enough are."));
            return;
        }
        var columns = new Div(byVolume(all), byImpact(all), emerging(all));
        columns.addClassName("theme-columns");
        add(columns);
        add(new H3("Customers' own words"));
        add(new ThemedVerbatims(themes, CommentFilter.ALL, VERBATIMS, "review-theme-verbatims", true));
    }

    private static Component byVolume(List<ThemeSummary> all) {
        var grid = new Grid<ThemeSummary>();
        grid.setId("themes-by-volume");
        grid.addComponentColumn(t -> new Anchor("theme/" + t.id(), t.name()))
                .setHeader("Theme")
                .setFlexGrow(2);
        grid.addColumn(ThemeFormats::trend).setHeader("Last 90 days (before)");
        grid.addColumn(ThemeFormats::negativeShare).setHeader("Sentiment");
        grid.setItems(all.stream()
                .sorted(Comparator.comparingLong(ThemeSummary::recent).reversed())
                .limit(TOP)
                .toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return new Div(new H3("By volume"), grid);
    }

    private static Component byImpact(List<ThemeSummary> all) {
        List<ThemeSummary> told = all.stream()
                .filter(t -> t.impact().difference() != null)
                .sorted(Comparator.comparingDouble(t -> t.impact().difference()))
                .limit(TOP)
                .toList();
        if (told.isEmpty()) {
            return new Div(new H3("By impact on likelihood to recommend"), new EmptyState("Too few answers to tell."));
        }
        Chart chart = DrawnOnce.chart(InstantCharts.of(ChartType.BAR));
        chart.setId("themes-impact-chart");
        chart.setHeight((80 + told.size() * 32) + "px");
        var conf = chart.getConfiguration();
        conf.setTitle("");
        var x = new XAxis();
        x.setCategories(told.stream().map(ThemeSummary::name).toArray(String[]::new));
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("Points of likelihood to recommend (0-10), with vs without");
        conf.addyAxis(y);
        conf.getLegend().setEnabled(false);
        var series = new DataSeries("Impact");
        told.forEach(t ->
                series.add(new DataSeriesItem(t.name(), Figures.round(t.impact().difference(), 1))));
        conf.addSeries(series);
        var table = new Grid<ThemeSummary>();
        table.setId("themes-by-impact");
        table.addColumn(ThemeSummary::name).setHeader("Theme").setFlexGrow(2);
        table.addColumn(t -> ThemeFormats.impact(t.impact()))
                .setHeader("Impact (95 % interval)")
                .setFlexGrow(2);
        table.addColumn(t -> Formats.count(t.withN())).setHeader("n");
        table.setItems(told);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return new Div(
                new H3("By impact on likelihood to recommend"), chart, new Details("The same as a table", table));
    }

    private static Component emerging(List<ThemeSummary> all) {
        List<ThemeSummary> rising =
                all.stream().filter(t -> t.impact().emerging()).toList();
        var box = new Div(new H3("Emerging"));
        box.setId("themes-emerging");
        if (rising.isEmpty()) {
            box.add(new Paragraph("No theme rose significantly in the last 90 days."));
            return box;
        }
        var list = new UnorderedList();
        rising.forEach(t -> list.add(new ListItem(
                new Anchor("theme/" + t.id(), t.name()),
                new com.vaadin.flow.component.html.Span(": " + ThemeFormats.trend(t)))));
        box.add(list);
        return box;
    }
}
