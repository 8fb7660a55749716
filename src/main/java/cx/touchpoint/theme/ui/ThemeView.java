package cx.touchpoint.theme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.DrawnOnce;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.base.ui.OptionComboBox;
import cx.touchpoint.security.Role;
import cx.touchpoint.theme.CommentFilter;
import cx.touchpoint.theme.ThemeCount;
import cx.touchpoint.theme.ThemeRuleException;
import cx.touchpoint.theme.ThemeService;
import cx.touchpoint.theme.ThemeStatus;
import cx.touchpoint.theme.ThemeSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** One theme: its words, most representative comments, volume per month, comments; admins rename, pin, merge, split, retire. */
@Route("theme")
@PageTitle("Theme · Touchpoint")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME, Role.ADMIN_NAME})
@CssImport("./styles/themes.css")
class ThemeView extends Main implements HasUrlParameter<Long> {

    private final ThemeService themes;
    final TextField name = new TextField("Name");
    final Paragraph error = new Paragraph();
    final OptionComboBox mergeInto = new OptionComboBox("Merge into");
    private ThemeSummary theme;

    ThemeView(ThemeService themes) {
        this.themes = themes;
        addClassName("theme-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    void show(long id) {
        removeAll();
        var found = themes.theme(id);
        if (found.isEmpty()) {
            add(new H1("Theme not found"), new Anchor("themes", "All themes"));
            return;
        }
        theme = found.get();
        add(new Anchor("themes", "← All themes"));
        var title = new H1(theme.name());
        title.setId("theme-name");
        add(title);
        add(new Paragraph(theme.status().label() + (theme.pinned() ? ", pinned: re-clustering keeps it as it is" : "")
                + ". " + Formats.count(theme.comments()) + " comments, " + ThemeFormats.negativeShare(theme)
                + "; last 90 days " + ThemeFormats.trend(theme) + "; impact on likelihood to recommend "
                + ThemeFormats.impact(theme.impact()) + "."));
        add(new Paragraph("Distinctive words: " + ThemeFormats.words(theme)));
        if (themes.canManage()) {
            add(manage());
        }
        add(new H2("Most representative comments"));
        var representatives = new Div();
        representatives.setId("theme-representatives");
        themes.representatives(id).forEach(c -> representatives.add(ThemedVerbatims.card(c)));
        add(representatives);
        add(new H2("Comments per month"));
        add(monthly(themes.monthly(id)));
        add(new H2("Latest comments"));
        add(new ThemedVerbatims(themes, CommentFilter.ALL.withTheme(id), 20, "theme-comments", false));
    }

    private Component manage() {
        var box = new Div();
        box.addClassName("theme-manage");
        error.setId("theme-error");
        error.addClassName("form-error");
        error.setVisible(false);
        if (theme.status() == ThemeStatus.ACTIVE) {
            name.setId("theme-rename");
            name.setValue(theme.name());
            name.setMaxLength(ThemeService.NAME_MAX);
            name.setHelperText("Renaming pins the theme: re-clustering keeps what you named.");
            var rename = new Button(
                    "Rename", e -> change(() -> themes.rename(theme.id(), theme.version(), name.getValue())));
            rename.setId("theme-rename-save");
            var pin = new Button(
                    theme.pinned() ? "Unpin" : "Pin",
                    e -> change(() -> themes.pin(theme.id(), theme.version(), !theme.pinned())));
            pin.setId("theme-pin");
            mergeInto.setId("theme-merge-into");
            mergeInto.setOptions(
                    themes.themeOptions(null).stream()
                            .filter(o -> o.id() != theme.id())
                            .toList(),
                    null);
            var merge = new Button("Merge", e -> {
                if (mergeInto.selectedId() == null) {
                    error.setText("Choose the theme to merge into.");
                    error.setVisible(true);
                    return;
                }
                long into = mergeInto.selectedId();
                change(() -> themes.merge(theme.id(), theme.version(), into), into);
            });
            merge.setId("theme-merge");
            var split = new Button("Split in two", e -> change(() -> themes.split(theme.id(), theme.version())));
            split.setId("theme-split");
            var retire = new Button("Retire", e -> change(() -> themes.retire(theme.id(), theme.version())));
            retire.setId("theme-retire");
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var row1 = new FlexLayout(name, rename, pin);
            var row2 = new FlexLayout(mergeInto, merge, split, retire);
            row1.addClassName("theme-actions");
            row2.addClassName("theme-actions");
            box.add(row1, row2, error);
        }
        return box;
    }

    private void change(Runnable action) {
        change(action, theme.id());
    }

    private void change(Runnable action, long showAfter) {
        try {
            action.run();
            show(showAfter);
        } catch (ThemeRuleException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }

    static Component monthly(List<ThemeCount> months) {
        if (months.isEmpty()) {
            return new EmptyState("No comments in this theme yet.");
        }
        Chart chart = DrawnOnce.chart(InstantCharts.of(ChartType.COLUMN));
        chart.setId("theme-monthly-chart");
        chart.setHeight("240px");
        var conf = chart.getConfiguration();
        conf.setTitle("");
        var x = new XAxis();
        x.setCategories(months.stream().map(m -> Dates.month(m.period())).toArray(String[]::new));
        conf.addxAxis(x);
        var y = new YAxis();
        y.setTitle("Comments");
        conf.addyAxis(y);
        conf.getLegend().setEnabled(false);
        var series = new DataSeries("Comments");
        months.forEach(m -> series.add(new DataSeriesItem(Dates.month(m.period()), m.comments())));
        conf.addSeries(series);
        var table = new Grid<ThemeCount>();
        table.setId("theme-monthly-table");
        table.addColumn(m -> Dates.month(m.period())).setHeader("Month");
        table.addColumn(m -> Formats.count(m.comments())).setHeader("Comments");
        table.addColumn(m -> Formats.count(m.negative())).setHeader("Negative");
        table.setItems(months);
        table.setAllRowsVisible(true);
        return new Div(chart, new Details("The same as a table", table));
    }
}
