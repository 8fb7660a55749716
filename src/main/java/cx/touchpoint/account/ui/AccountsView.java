package cx.touchpoint.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import cx.touchpoint.account.AccountQuery;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ui.AccountFilterBar;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Route("accounts")
@PageTitle("Accounts · Touchpoint")
@Menu(order = 6, title = "Accounts", icon = "vaadin:building")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.ACCOUNT_EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./styles/segments.css")
class AccountsView extends Main implements BeforeEnterObserver {

    static final String SEGMENT = "segment";
    static final String NAME = "q";

    /** True while {@link #beforeEnter} sets the fields from the URL, which then needs no writing back. */
    private boolean entering;

    private final AccountService service;
    private final AccountFilterBar filterBar;
    private final ComboBox<Segment> segment = new ComboBox<>("Segment");
    private final TextField name = new TextField("Account name");
    private final Span total = new Span();
    private final Paragraph scope = new Paragraph();
    private final AccountsGrid grid;
    private volatile AccountQuery query = AccountQuery.ALL;

    AccountsView(AccountService service) {
        this.service = service;
        addClassName("accounts-view");
        filterBar = new AccountFilterBar(service.filterOptions(), f -> refresh(query.withFilter(f)));
        segment.setItems(Segment.values());
        segment.setItemLabelGenerator(Segment::label);
        segment.setClearButtonVisible(true);
        segment.setPlaceholder("All");
        segment.addValueChangeListener(
                e -> refresh(new AccountQuery(query.filter(), e.getValue(), query.nameContains())));
        name.setPlaceholder("Search");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh(new AccountQuery(query.filter(), query.segment(), e.getValue())));
        grid = new AccountsGrid(service, () -> query);
        var export = new Anchor(new AccountsCsvDownload(service, () -> query, grid::order), "Export CSV");
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);
        total.setId("account-total");
        var toolbar = new Div(segment, name, total, export);
        toolbar.addClassName("accounts-toolbar");
        scope.setId("account-scope");
        scope.addClassName("scope-sentence");
        add(new H1("Accounts"), filterBar, scope, toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        var filter = filterBar.show(service.scope(AccountFilterBar.fromUrl(parameters)));
        Segment fromUrl = parameters
                .getSingleParameter(SEGMENT)
                .flatMap(v -> Arrays.stream(Segment.values())
                        .filter(s -> s.name().equals(v))
                        .findFirst())
                .orElse(null);
        entering = true;
        try {
            segment.setValue(fromUrl);
            name.setValue(parameters.getSingleParameter(NAME).orElse(""));
            refresh(new AccountQuery(filter, fromUrl, name.getValue()));
        } finally {
            entering = false;
        }
    }

    private void refresh(AccountQuery changed) {
        query = changed;
        writeToUrl(changed);
        total.setText(Formats.count(service.count(changed)) + " active accounts");
        scope.setText(service.scopeSentence(changed));
        grid.getDataProvider().refreshAll();
    }

    /**
     * The whole query in the URL (filter, segment, name), and remembered for the account page's "← All
     * accounts", so that going back keeps the list as it was, as the browser's Back does.
     */
    private void writeToUrl(AccountQuery shown) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var parameters = new HashMap<String, List<String>>();
        AccountFilter filter = shown.filter();
        put(parameters, AccountFilterBar.VERTICAL, filter.verticalMarketId());
        put(parameters, AccountFilterBar.LOCATION, filter.locationId());
        put(parameters, AccountFilterBar.PLATFORM, filter.servicePlatformId());
        put(parameters, AccountFilterBar.ACCOUNT_EXECUTIVE, filter.accountExecutiveId());
        if (shown.segment() != null) {
            parameters.put(SEGMENT, List.of(shown.segment().name()));
        }
        if (shown.nameContains() != null && !shown.nameContains().isBlank()) {
            parameters.put(NAME, List.of(shown.nameContains().strip()));
        }
        var location = new Location("accounts", new QueryParameters(parameters));
        if (!entering) {
            // not while the view is entered: the router's own history entry for this navigation comes after,
            // so a replaceState then would overwrite the page the person came from and break Back
            ui.getPage().getHistory().replaceState(null, location);
        }
        AccountsReturn.remember(location.getPathWithQueryParameters());
    }

    private static void put(Map<String, List<String>> parameters, String name, Long value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }
}
