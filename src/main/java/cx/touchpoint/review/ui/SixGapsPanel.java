package cx.touchpoint.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.review.ReviewGap;
import java.util.List;
import java.util.Locale;

/** The six value gaps, each where it is widest, with the answers behind it. */
class SixGapsPanel extends Div {

    SixGapsPanel(List<ReviewGap> gaps) {
        var grid = new Grid<ReviewGap>();
        grid.setId("review-gaps-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(gap -> gap.number() + " " + gap.name()).setHeader("Gap").setFlexGrow(1);
        grid.addColumn(gap -> gap.where().isEmpty() ? "–" : gap.where())
                .setHeader("Widest at")
                .setFlexGrow(2);
        grid.addComponentColumn(SixGapsPanel::value).setHeader("Gap").setFlexGrow(1);
        grid.addColumn(gap -> Formats.count(gap.count()) + " " + gap.countNoun())
                .setHeader("Behind it")
                .setFlexGrow(1);
        grid.setItems(gaps);
        grid.setAllRowsVisible(true);
        var more = new Anchor("gaps", "All gaps, charts and the answers behind them →");
        more.addClassName("review-more");
        add(grid, more);
    }

    private static Span value(ReviewGap gap) {
        if (gap.value() == null) {
            return new Span(Formats.NO_DATA);
        }
        String text = String.format(Locale.ENGLISH, "%+.2f %s", gap.value(), gap.unit());
        if (gap.percent() != null) {
            text += String.format(Locale.ENGLISH, " (%+.1f %%)", gap.percent());
        }
        var span = new Span(text);
        span.addClassName(gap.value() < 0 ? "goal-missed" : "goal-met");
        return span;
    }
}
