package cx.touchpoint.base;

import java.util.List;

/** The choices of an {@link AccountFilter}: every vertical market, location, platform and account executive. */
public record FilterOptions(
        List<Option> verticalMarkets,
        List<Option> locations,
        List<Option> servicePlatforms,
        List<Option> accountExecutives) {}
