package cx.touchpoint.account;

import java.util.Locale;
import java.util.Map;

/**
 * Reference data by the names people write in files and API calls, lower-cased: vertical markets and
 * service platforms by name, locations by country (or "region/country"), account executives by
 * username. A snapshot: an import loads it once instead of once a row.
 */
public record AccountReferences(
        Map<String, Long> verticalMarkets,
        Map<String, Long> locations,
        Map<String, Long> servicePlatforms,
        Map<String, Long> accountExecutives) {

    static Long find(Map<String, Long> byName, String name) {
        return name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
    }
}
