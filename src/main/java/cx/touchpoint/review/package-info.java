/**
 * The executive experience review, read before the financials.
 */
@ApplicationModule(
        displayName = "Experience review",
        allowedDependencies = {
            "base",
            "base :: ui",
            "base :: replica",
            "gap",
            "home",
            "home :: ui",
            "insight",
            "insight :: ui",
            "issue",
            "security",
            "segment",
            "theme",
            "theme :: ui"
        })
package cx.touchpoint.review;

import org.springframework.modulith.ApplicationModule;
