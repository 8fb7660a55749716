package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.gap.GapChain;
import cx.touchpoint.gap.GapKind;
import cx.touchpoint.gap.StandardGap;
import java.util.List;
import java.util.Locale;

/**
 * Gaps 1-5 of every service standard in one table: each in the metric's unit and as % of its
 * reference (so different metrics compare), with the count behind it.
 */
class StandardGapTable extends Div {

    static final List<GapKind> KINDS = List.of(
            GapKind.KNOWLEDGE, GapKind.SPECIFICATION, GapKind.DELIVERY, GapKind.COMMUNICATION, GapKind.PERCEPTION);

    StandardGapTable(List<GapChain> chains) {
        addClassNames("card", "standard-gap-table");
        setId("standard-gaps");
        add(new H2("Gaps 1-5 per service standard"));
        if (chains.isEmpty()) {
            var none = new Span("No service standards at this touch point yet.");
            none.addClassName("gap-none");
            add(none);
            return;
        }
        var table = new NativeTable();
        var header = table.getHead().addRow();
        header.add(new NativeTableHeaderCell("Standard"));
        for (GapKind kind : KINDS) {
            var cell = new NativeTableHeaderCell(TermHelp.beside(kind.number() + " · " + kind.title(), kind.term()));
            header.add(cell);
        }
        for (GapChain chain : chains) {
            var row = table.getBody().addRow();
            row.setId("standard-gaps-" + chain.standardId());
            var name = new NativeTableHeaderCell(chain.name());
            name.getElement().setAttribute("scope", "row");
            row.add(name);
            for (GapKind kind : KINDS) {
                row.add(cell(chain.gap(kind), chain.unit()));
            }
        }
        add(table);
    }

    private static NativeTableCell cell(StandardGap gap, String unit) {
        var cell = new NativeTableCell();
        cell.addClassName("gap-cell-" + gap.kind().name().toLowerCase(Locale.ENGLISH));
        var value = new Span(
                gap.value() == null
                        ? cx.touchpoint.base.ui.Formats.NO_DATA
                        : Formats.signed(gap.value(), Figures.UNIT_DECIMALS) + " " + GapFormats.gapUnit(unit));
        value.addClassNames("gap-value", GapFormats.tone(gap.value(), Figures.UNIT_DECIMALS));
        var detail = new Span((gap.percentOfReference() == null
                        ? ""
                        : Formats.signed(gap.percentOfReference(), Figures.PERCENT_DECIMALS) + " % · ")
                + GapFormats.count(gap.count(), gap.kind().countNoun()));
        detail.addClassName("gap-count");
        cell.add(value, detail);
        return cell;
    }
}
