package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.segment.AccountPoint;
import cx.touchpoint.segment.ScatterCell;
import cx.touchpoint.segment.SegmentService;
import java.util.Locale;
import java.util.function.LongConsumer;

/** The accounts behind one bubble of the binned scatter, largest revenue first, a page at a time. */
class ScatterCellDialog extends Dialog {

    ScatterCellDialog(SegmentService service, AccountFilter filter, ScatterCell.Key cell, LongConsumer openAccount) {
        long accounts = service.countInCell(cell, filter);
        setHeaderTitle(title(cell, accounts));
        setWidth("min(720px, 95vw)");
        setHeight("70vh");
        var grid = new Grid<AccountPoint>();
        grid.setId("scatter-cell-accounts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(AccountPoint::name).setHeader("Account").setFlexGrow(2);
        grid.addColumn(p -> Formats.score(p.score())).setHeader("Score").setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.revenue()))
                .setHeader("Annual revenue")
                .setAutoWidth(true);
        grid.setItems(query -> service.accountsInCell(cell, filter, query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> {
            close();
            openAccount.accept(e.getItem().accountId());
        });
        grid.setEmptyStateText(
                "No accounts in this cell any more: the figures have changed since the chart was drawn.");
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static String title(ScatterCell.Key cell, long accounts) {
        String revenue = cell.revenueCell() == ScatterCell.NO_REVENUE_CELL
                ? "no revenue"
                : "revenue " + Formats.money(cell.revenueFrom()) + " to " + Formats.money(cell.revenueTo());
        return String.format(
                Locale.ENGLISH,
                "%s %s %s, score %.2f to %.2f, %s",
                Formats.count(accounts),
                cell.segment().label(),
                accounts == 1 ? "account" : "accounts",
                cell.scoreFrom(),
                cell.scoreTo(),
                revenue);
    }
}
