package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.InstantCharts;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.gap.GapChain;
import cx.touchpoint.gap.GapKind;
import cx.touchpoint.gap.GapSelection;
import cx.touchpoint.gap.Measured;
import cx.touchpoint.gap.StandardGap;
import java.util.function.Consumer;

/**
 * The gap chain of one service standard: its six links as columns in the metric's unit (customer
 * links blue, company links grey, the actual orange) and gaps 1-5 between them.
 */
class GapChainCard extends Div {

    private static final SolidColor CUSTOMER = new SolidColor("#1a56db");
    private static final SolidColor COMPANY = new SolidColor("#8a94a6");
    private static final SolidColor ACTUAL = new SolidColor("#ef8f00");

    GapChainCard(GapChain chain, Consumer<GapSelection> onDrill) {
        addClassNames("card", "gap-chain-card");
        setId("gap-chain-" + chain.standardId());
        var title = new H2(chain.name());
        var context = new Span(
                chain.cueName() + " · " + (chain.touchPointName() == null ? "all touch points" : chain.touchPointName())
                        + " · " + chain.direction().label().toLowerCase() + " · unit " + chain.unit());
        context.addClassName("gap-chain-context");
        var answers = new Button(
                "Answers behind it",
                VaadinIcon.COMMENTS_O.create(),
                e -> onDrill.accept(GapSelection.standard(chain.standardId())));
        answers.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(title, context, chart(chain, onDrill), gapList(chain));
        if (chain.promiseWording() != null) {
            var promise = new Span("Promised: “" + chain.promiseWording() + "”");
            promise.addClassName("gap-chain-promise");
            add(promise);
        }
        add(answers);
    }

    private static Chart chart(GapChain chain, Consumer<GapSelection> onDrill) {
        var chart = InstantCharts.of(ChartType.COLUMN);
        chart.setHeight("260px");
        var conf = chart.getConfiguration();
        conf.setTitle("");
        conf.getLegend().setEnabled(false);
        conf.getyAxis().setTitle(chain.unit());
        conf.getTooltip().setValueDecimals(1);
        conf.getTooltip().setValueSuffix(" " + chain.unit());
        var series = new DataSeries(chain.name());
        add(series, "Customer expectation", chain.customerExpectation(), CUSTOMER);
        add(series, "Manager understanding", chain.managerEstimate(), COMPANY);
        add(series, "Standard", new Measured(chain.standard(), 1), COMPANY);
        add(series, "Promise", chain.promise(), COMPANY);
        add(series, "Actual", chain.actual(), ACTUAL);
        add(series, "Customer perception", chain.perception(), CUSTOMER);
        conf.getxAxis()
                .setCategories(
                        series.getData().stream().map(DataSeriesItem::getName).toArray(String[]::new));
        var options = new PlotOptionsColumn();
        var labels = new DataLabels(true);
        labels.setFormat("{y:.1f}");
        options.setDataLabels(labels);
        series.setPlotOptions(options);
        conf.addSeries(series);
        chart.addPointClickListener(e -> onDrill.accept(GapSelection.standard(chain.standardId())));
        return chart;
    }

    private static void add(DataSeries series, String link, Measured measured, SolidColor color) {
        series.add(new DataSeriesItem(
                measured.hasData() ? link : link + " (no data)",
                Figures.round(measured.value(), Figures.UNIT_DECIMALS),
                color));
    }

    private static UnorderedList gapList(GapChain chain) {
        var list = new UnorderedList();
        list.addClassName("gap-list");
        for (StandardGap gap : chain.gaps()) {
            var name = TermHelp.beside(
                    gap.kind().number() + " · " + gap.kind().title() + " gap",
                    gap.kind().term());
            name.addClassName("gap-name");
            var value = new Span(GapFormats.unitGap(gap, chain.unit()));
            value.addClassNames("gap-value", GapFormats.tone(gap.value(), Figures.UNIT_DECIMALS));
            var count = new Span(GapFormats.count(gap.count(), gap.kind().countNoun()));
            count.addClassName("gap-count");
            var item = new ListItem(name, value, count);
            item.addClassName("gap-line-" + gap.kind().name().toLowerCase());
            item.getElement().setAttribute("title", "% of the " + reference(gap.kind()));
            list.add(item);
        }
        return list;
    }

    static String reference(GapKind kind) {
        return switch (kind) {
            case KNOWLEDGE, SPECIFICATION -> "customer expectation";
            case DELIVERY -> "standard";
            case COMMUNICATION -> "promise";
            case PERCEPTION -> "actual";
            case SATISFACTION -> "expectation";
        };
    }
}
