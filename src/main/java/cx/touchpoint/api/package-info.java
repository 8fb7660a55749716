/**
 * The REST API (tokens, rate limits, keyset paging) over the features' services.
 */
@ApplicationModule(
        displayName = "REST API",
        allowedDependencies = {
            "account",
            "base",
            "base :: ui",
            "gap",
            "home",
            "insight",
            "issue",
            "security",
            "segment",
            "survey",
            "theme"
        })
package cx.touchpoint.api;

import org.springframework.modulith.ApplicationModule;
