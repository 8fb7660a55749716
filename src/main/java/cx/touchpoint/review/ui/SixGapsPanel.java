package cx.touchpoint.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.gap.GapKind;
import cx.touchpoint.review.ReviewGap;
import java.util.List;

/** The six value gaps, each where it is widest, with the answers behind it. */
class SixGapsPanel extends Div {

    SixGapsPanel(List<ReviewGap> gaps) {
        var grid = new Grid<ReviewGap>();
        grid.setId("review-gaps-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // six rows: a component each for the gap's name and its "?" (definition on hover and focus)
        grid.addComponentColumn(gap -> TermHelp.beside(
                        gap.number() + " " + gap.name(),
                        GapKind.numbered(gap.number()).term()))
                .setHeader("Gap")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(gap -> gap.where().isEmpty() ? "–" : gap.where())
                .setHeader("Widest at")
                .setFlexGrow(1);
        // drawn in the browser: a component per cell was a server-side node each while the review is open
        grid.addColumn(LitRenderer.<ReviewGap>of("<span class=\"${item.style}\">${item.size}</span>")
                        .withProperty("style", SixGapsPanel::style)
                        .withProperty("size", SixGapsPanel::size))
                .setHeader("Size")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(gap -> Formats.count(gap.count()) + " " + gap.countNoun())
                .setHeader("Behind it")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(gaps);
        grid.setAllRowsVisible(true);
        var more = new Anchor("gaps", "All gaps, charts and the answers behind them →");
        more.addClassName("review-more");
        add(grid, more);
    }

    static String size(ReviewGap gap) {
        if (gap.value() == null) {
            return Formats.NO_DATA;
        }
        String text = Formats.signed(gap.value(), gap.decimals()) + " " + gap.unit();
        if (gap.percent() != null) {
            text += " (" + Formats.signed(gap.percent(), Figures.PERCENT_DECIMALS) + " %)";
        }
        return text;
    }

    private static String style(ReviewGap gap) {
        if (gap.value() == null) {
            return "";
        }
        return Figures.signum(gap.value(), gap.decimals()) < 0 ? "goal-missed" : "goal-met";
    }
}
