package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapSelection;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.gap.RankedGap;
import java.util.function.Consumer;

/** Satisfaction gaps per cue and touch point, the largest shortfall first, loaded a page at a time. */
class LargestGapsGrid extends Grid<RankedGap> {

    LargestGapsGrid(GapService service, GapFilter filter, Consumer<GapSelection> onDrill) {
        setId("largest-gaps");
        addClassName("largest-gaps");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setHeight("360px");
        setPageSize(20);
        addColumn(RankedGap::cueName).setHeader("Cue").setAutoWidth(true);
        addColumn(RankedGap::touchPointName).setHeader("Touch point").setAutoWidth(true);
        addColumn(g -> Formats.score(g.expected()))
                .setHeader("Expected")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(g -> Formats.score(g.experienced()))
                .setHeader("Experienced")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(new ComponentRenderer<>(g -> {
                    var value = new Span(GapFormats.scale(g.gap()));
                    value.addClassNames("gap-value", GapFormats.tone(g.gap()));
                    return value;
                }))
                .setHeader("Gap (6)")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(g -> Formats.count(g.answers()))
                .setHeader("Answers")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        setEmptyStateText("No answers in the selected period and filter.");
        setItems(query -> service.largestGaps(filter, query.getOffset(), query.getLimit()).stream());
        addItemClickListener(e -> onDrill.accept(
                GapSelection.cueAt(e.getItem().cueId(), e.getItem().touchPointId())));
    }
}
