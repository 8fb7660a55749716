package cx.touchpoint.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import cx.touchpoint.account.AccountQuery;
import cx.touchpoint.account.AccountRow;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.AccountSort;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ui.AccountFilterBar;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

@Route("accounts")
@PageTitle("Accounts · Touchpoint")
@Menu(order = 6, title = "Accounts", icon = "vaadin:building")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.ACCOUNT_EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./styles/segments.css")
class AccountsView extends Main implements BeforeEnterObserver {

    static final String SEGMENT = "segment";

    private final AccountService service;
    private final AccountFilterBar filterBar;
    private final ComboBox<Segment> segment = new ComboBox<>("Segment");
    private final TextField name = new TextField("Account name");
    private final Span total = new Span();
    private final Grid<AccountRow> grid = new Grid<>();
    private volatile AccountQuery query = AccountQuery.ALL;
    private volatile AccountSort.Order order = AccountSort.Order.DEFAULT;

    AccountsView(AccountService service) {
        this.service = service;
        addClassName("accounts-view");
        filterBar = new AccountFilterBar(service.filterOptions(), f -> refresh(query.withFilter(f)));
        segment.setItems(Segment.values());
        segment.setItemLabelGenerator(Segment::label);
        segment.setClearButtonVisible(true);
        segment.setPlaceholder("All");
        segment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                writeSegmentToUrl(e.getValue());
            }
            refresh(new AccountQuery(query.filter(), e.getValue(), query.nameContains()));
        });
        name.setPlaceholder("Search");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh(new AccountQuery(query.filter(), query.segment(), e.getValue())));
        var export = new Anchor(new AccountsCsvDownload(service, () -> query, () -> order), "Export CSV");
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);
        total.setId("account-total");
        var toolbar = new Div(segment, name, total, export);
        toolbar.addClassName("accounts-toolbar");
        configureGrid();
        add(new H2("Accounts"), filterBar, toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        var filter = service.scope(AccountFilterBar.fromUrl(parameters));
        filterBar.show(filter);
        Segment fromUrl = parameters
                .getSingleParameter(SEGMENT)
                .flatMap(v -> Arrays.stream(Segment.values())
                        .filter(s -> s.name().equals(v))
                        .findFirst())
                .orElse(null);
        segment.setValue(fromUrl);
        refresh(new AccountQuery(filter, fromUrl, name.getValue()));
    }

    private void configureGrid() {
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setHeight("calc(100vh - 300px)");
        grid.setMinHeight("420px");
        grid.setEmptyStateText("No accounts match these filters. Clear a filter or the search to see more accounts.");
        grid.addColumn(LitRenderer.<AccountRow>of("<a href=\"accounts/${item.id}\">${item.name}</a>")
                        .withProperty("id", AccountRow::id)
                        .withProperty("name", AccountRow::name))
                .setHeader("Account")
                .setKey(AccountSort.NAME.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<AccountRow>of(
                                "<span class=\"segment-badge segment-${item.style}\">${item.label}</span>")
                        .withProperty("style", r -> r.segment().styleName())
                        .withProperty("label", r -> r.segment().label()))
                .setHeader("Segment")
                .setKey(AccountSort.SEGMENT.name())
                .setSortable(true)
                .setAutoWidth(true);
        number("Score", AccountSort.SCORE, r -> Formats.score(r.score()));
        number("NPS (12 mo)", AccountSort.NPS, r -> Formats.nps(r.nps()));
        number("Revenue", AccountSort.REVENUE, r -> Formats.money(r.revenue()));
        number("Potential", AccountSort.POTENTIAL, r -> Formats.money(r.potential()));
        number("Open issues", AccountSort.OPEN_ISSUES, r -> Formats.count(r.openIssues()));
        grid.addColumn(r -> DetailFormats.date(r.lastSurveyed()))
                .setHeader("Last surveyed")
                .setKey(AccountSort.LAST_SURVEYED.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccountRow::verticalMarket).setHeader("Vertical market").setAutoWidth(true);
        grid.addColumn(AccountRow::accountExecutive)
                .setHeader("Account executive")
                .setAutoWidth(true);
        grid.sort(List.of(
                new GridSortOrder<>(grid.getColumnByKey(AccountSort.REVENUE.name()), SortDirection.DESCENDING)));
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate("accounts/" + e.getItem().id()));
        grid.setItems(
                q -> {
                    order = toOrder(q.getSortOrders());
                    return service.page(query, order, q.getOffset(), q.getLimit()).stream();
                },
                q -> (int) service.count(query));
    }

    private void number(
            String header, AccountSort sort, com.vaadin.flow.function.ValueProvider<AccountRow, String> value) {
        grid.addColumn(value)
                .setHeader(header)
                .setKey(sort.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
    }

    private void refresh(AccountQuery changed) {
        query = changed;
        total.setText(Formats.count(service.count(changed)) + " active accounts");
        grid.getDataProvider().refreshAll();
    }

    private static AccountSort.Order toOrder(List<com.vaadin.flow.data.provider.QuerySortOrder> sortOrders) {
        return sortOrders.stream()
                .findFirst()
                .map(o -> new AccountSort.Order(
                        AccountSort.valueOf(o.getSorted()), o.getDirection() == SortDirection.DESCENDING))
                .orElse(AccountSort.Order.DEFAULT);
    }

    private void writeSegmentToUrl(Segment value) {
        var ui = UI.getCurrent();
        Location current = ui.getInternals().getActiveViewLocation();
        var parameters = new HashMap<>(current.getQueryParameters().getParameters());
        if (value == null) {
            parameters.remove(SEGMENT);
        } else {
            parameters.put(SEGMENT, List.of(value.name()));
        }
        ui.getPage().getHistory().replaceState(null, new Location(current.getPath(), new QueryParameters(parameters)));
    }

    AccountFilter filter() {
        return query.filter();
    }
}
