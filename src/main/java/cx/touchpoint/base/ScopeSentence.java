package cx.touchpoint.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentence above a view's figures that says which accounts they cover, defined once so that
 * every filter in force is named: "All accounts", "Your accounts", or "Accounts in vertical market
 * Retail, location Europe · Germany" — never "All accounts" over filtered figures.
 */
public final class ScopeSentence {

    private ScopeSentence() {}

    /**
     * @param ownBook whether the figures are limited to the signed-in account executive's own book
     *     (then the account executive is not named again)
     * @param options the filter's choices, to name the chosen ones
     * @param filter the account filter in force
     * @param more further filters of the view, already named (e.g. "touch point Delivery"); nulls and
     *     blanks are skipped
     */
    public static String of(boolean ownBook, FilterOptions options, AccountFilter filter, String... more) {
        List<String> named = new ArrayList<>();
        add(named, "vertical market", options.verticalMarkets(), filter.verticalMarketId());
        add(named, "location", options.locations(), filter.locationId());
        add(named, "service platform", options.servicePlatforms(), filter.servicePlatformId());
        if (!ownBook) {
            add(named, "account executive", options.accountExecutives(), filter.accountExecutiveId());
        }
        Arrays.stream(more).filter(m -> m != null && !m.isBlank()).forEach(named::add);
        if (named.isEmpty()) {
            return unfiltered(ownBook);
        }
        return (ownBook ? "Your accounts in " : "Accounts in ") + String.join(", ", named);
    }

    /** "touch point Delivery" for a chosen option, {@code null} when none is chosen. */
    public static String named(String what, List<Option> options, Long id) {
        if (id == null) {
            return null;
        }
        return what + " "
                + options.stream()
                        .filter(o -> o.id() == id)
                        .map(Option::name)
                        .findFirst()
                        .orElse("#" + id);
    }

    /** The sentence of a view without filters: all accounts, or the account executive's own. */
    public static String unfiltered(boolean ownBook) {
        return ownBook ? "Your accounts" : "All accounts";
    }

    private static void add(List<String> named, String what, List<Option> options, Long id) {
        String name = named(what, options, id);
        if (name != null) {
            named.add(name);
        }
    }
}
