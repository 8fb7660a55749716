package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ui.AccountFilterBar;
import cx.touchpoint.gap.GapFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gap filter in the URL: the account filter bar's parameters plus {@value #TOUCH_POINT} and
 * {@value #MONTHS}, so a filtered gap view can be bookmarked and shared.
 */
final class GapUrl {

    static final String TOUCH_POINT = "touchpoint";
    static final String MONTHS = "months";

    private GapUrl() {}

    static GapFilter read(QueryParameters query) {
        AccountFilter accounts = AccountFilterBar.fromUrl(query);
        Long touchPoint = query.getSingleParameter(TOUCH_POINT)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        int months = query.getSingleParameter(MONTHS)
                .filter(v -> v.matches("\\d{1,3}"))
                .map(Integer::parseInt)
                .orElse(GapFilter.DEFAULT_MONTHS);
        return new GapFilter(accounts, touchPoint, months);
    }

    /** Replaces every gap-filter parameter of the browser's URL, keeping the path and other parameters. */
    static void write(GapFilter filter) {
        var ui = UI.getCurrent();
        Location current = ui.getInternals().getActiveViewLocation();
        Map<String, List<String>> parameters =
                new HashMap<>(current.getQueryParameters().getParameters());
        AccountFilter accounts = filter.accounts();
        put(parameters, AccountFilterBar.VERTICAL, accounts.verticalMarketId());
        put(parameters, AccountFilterBar.LOCATION, accounts.locationId());
        put(parameters, AccountFilterBar.PLATFORM, accounts.servicePlatformId());
        put(parameters, AccountFilterBar.ACCOUNT_EXECUTIVE, accounts.accountExecutiveId());
        put(parameters, TOUCH_POINT, filter.touchPointId());
        put(parameters, MONTHS, filter.months() == GapFilter.DEFAULT_MONTHS ? null : (long) filter.months());
        ui.getPage().getHistory().replaceState(null, new Location(current.getPath(), new QueryParameters(parameters)));
    }

    private static void put(Map<String, List<String>> parameters, String name, Long value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, List.of(value.toString()));
        }
    }
}
