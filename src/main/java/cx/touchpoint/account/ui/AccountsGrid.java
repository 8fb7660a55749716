package cx.touchpoint.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import cx.touchpoint.account.AccountQuery;
import cx.touchpoint.account.AccountRow;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.AccountSort;
import cx.touchpoint.base.ui.Formats;
import java.util.List;
import java.util.function.Supplier;

/**
 * The accounts grid: loads page by page, sorted in the database by the clicked column (revenue,
 * largest first, by default). The account name is a link; a row click opens the account too.
 */
class AccountsGrid extends Grid<AccountRow> {

    private volatile AccountSort.Order order = AccountSort.Order.DEFAULT;

    AccountsGrid(AccountService service, Supplier<AccountQuery> query) {
        setId("accounts-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setMultiSort(false);
        setHeight("calc(100vh - 300px)");
        setMinHeight("420px");
        setEmptyStateText("No accounts match these filters. Clear a filter or the search to see more accounts.");
        addColumn(LitRenderer.<AccountRow>of("<a href=\"accounts/${item.id}\">${item.name}</a>")
                        .withProperty("id", AccountRow::id)
                        .withProperty("name", AccountRow::name))
                .setHeader("Account")
                .setKey(AccountSort.NAME.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(2);
        addColumn(LitRenderer.<AccountRow>of("<span class=\"segment-badge segment-${item.style}\">${item.label}</span>")
                        .withProperty("style", r -> r.segment().styleName())
                        .withProperty("label", r -> r.segment().label()))
                .setHeader("Segment")
                .setKey(AccountSort.SEGMENT.name())
                .setSortable(true)
                .setWidth("8em")
                .setFlexGrow(0);
        number("Score", AccountSort.SCORE, r -> Formats.score(r.score()));
        number("NPS (12 months, all answers)", AccountSort.NPS, r -> Formats.nps(r.nps()));
        number("Revenue", AccountSort.REVENUE, r -> Formats.money(r.revenue()));
        number("Potential", AccountSort.POTENTIAL, r -> Formats.money(r.potential()));
        number("Open issues", AccountSort.OPEN_ISSUES, r -> Formats.count(r.openIssues()));
        addColumn(r -> DetailFormats.date(r.lastSurveyed()))
                .setHeader("Last surveyed")
                .setKey(AccountSort.LAST_SURVEYED.name())
                .setSortable(true)
                .setWidth("9.5em")
                .setFlexGrow(0);
        addColumn(AccountRow::verticalMarket).setHeader("Vertical market").setAutoWidth(true);
        addColumn(AccountRow::accountExecutive).setHeader("Account executive").setAutoWidth(true);
        sort(List.of(new GridSortOrder<>(getColumnByKey(AccountSort.REVENUE.name()), SortDirection.DESCENDING)));
        addItemClickListener(
                e -> UI.getCurrent().navigate("accounts/" + e.getItem().id()));
        setItems(
                q -> {
                    order = toOrder(q.getSortOrders());
                    return service.page(query.get(), order, q.getOffset(), q.getLimit()).stream();
                },
                q -> (int) service.count(query.get()));
    }

    /** The order the grid shows now, for the CSV export. */
    AccountSort.Order order() {
        return order;
    }

    /**
     * A sortable figure, as wide as its header and the sort arrows (the grid's automatic width leaves the
     * arrows out and cut the headers off).
     */
    private void number(String header, AccountSort sort, ValueProvider<AccountRow, String> value) {
        addColumn(value)
                .setHeader(header)
                .setKey(sort.name())
                .setSortable(true)
                .setWidth("calc(" + header.length() + "ch + 2.5em)")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private static AccountSort.Order toOrder(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream()
                .findFirst()
                .map(o -> new AccountSort.Order(
                        AccountSort.valueOf(o.getSorted()), o.getDirection() == SortDirection.DESCENDING))
                .orElse(AccountSort.Order.DEFAULT);
    }
}
