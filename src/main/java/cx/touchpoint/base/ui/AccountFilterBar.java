package cx.touchpoint.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.FilterOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The account filter of a dashboard view: vertical market, location, service platform and account
 * executive. The filter lives in the URL's query parameters ({@value #VERTICAL}, {@value #LOCATION},
 * {@value #PLATFORM}, {@value #ACCOUNT_EXECUTIVE}), so a filtered view can be bookmarked and shared.
 */
public class AccountFilterBar extends Composite<HorizontalLayout> {

    public static final String VERTICAL = "vertical";
    public static final String LOCATION = "location";
    public static final String PLATFORM = "platform";
    public static final String ACCOUNT_EXECUTIVE = "ae";

    private final OptionComboBox vertical = box("Vertical market");
    private final OptionComboBox location = box("Location");
    private final OptionComboBox platform = box("Service platform");
    private final OptionComboBox accountExecutive = box("Account executive");
    private final Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create());
    private boolean silent;

    /** @param onChange called with the new filter whenever a person changes it */
    public AccountFilterBar(FilterOptions options, Consumer<AccountFilter> onChange) {
        vertical.setItems(options.verticalMarkets());
        location.setItems(options.locations());
        platform.setItems(options.servicePlatforms());
        accountExecutive.setItems(options.accountExecutives());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> setFilter(AccountFilter.ALL, true, onChange));
        for (var box : List.of(vertical, location, platform, accountExecutive)) {
            box.addValueChangeListener(e -> {
                if (!silent) {
                    writeToUrl(filter());
                    onChange.accept(filter());
                }
            });
        }
        var layout = getContent();
        layout.addClassName("account-filter-bar");
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        layout.add(vertical, location, platform, accountExecutive, clear);
    }

    /**
     * Shows {@code filter} without notifying the listener (e.g. when the view reads the URL) and
     * returns it as shown: an id that names none of the choices (a stale or edited link) is dropped,
     * so the figures never depend on a filter the person cannot see.
     */
    public AccountFilter show(AccountFilter filter) {
        setFilter(filter, false, f -> {});
        return filter();
    }

    public AccountFilter filter() {
        return new AccountFilter(
                vertical.selectedId(), location.selectedId(), platform.selectedId(), accountExecutive.selectedId());
    }

    /** The filter named in the query parameters; unknown or malformed values are ignored. */
    public static AccountFilter fromUrl(QueryParameters query) {
        return new AccountFilter(
                number(query, VERTICAL),
                number(query, LOCATION),
                number(query, PLATFORM),
                number(query, ACCOUNT_EXECUTIVE));
    }

    /** Replaces the filter's query parameters in the browser's URL, keeping the path and other parameters. */
    public static void writeToUrl(AccountFilter filter) {
        var ui = UI.getCurrent();
        Location current = ui.getInternals().getActiveViewLocation();
        Map<String, List<String>> parameters =
                new HashMap<>(current.getQueryParameters().getParameters());
        put(parameters, VERTICAL, filter.verticalMarketId());
        put(parameters, LOCATION, filter.locationId());
        put(parameters, PLATFORM, filter.servicePlatformId());
        put(parameters, ACCOUNT_EXECUTIVE, filter.accountExecutiveId());
        ui.getPage().getHistory().replaceState(null, new Location(current.getPath(), new QueryParameters(parameters)));
    }

    private void setFilter(AccountFilter filter, boolean notify, Consumer<AccountFilter> onChange) {
        silent = true;
        try {
            vertical.selectId(filter.verticalMarketId());
            location.selectId(filter.locationId());
            platform.selectId(filter.servicePlatformId());
            accountExecutive.selectId(filter.accountExecutiveId());
        } finally {
            silent = false;
        }
        if (notify) {
            writeToUrl(filter());
            onChange.accept(filter());
        }
    }

    private static OptionComboBox box(String label) {
        var box = new OptionComboBox(label);
        box.setPlaceholder("All");
        return box;
    }

    private static void put(Map<String, List<String>> parameters, String name, Long value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, List.of(value.toString()));
        }
    }

    private static Long number(QueryParameters query, String name) {
        return query.getSingleParameter(name)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
    }
}
