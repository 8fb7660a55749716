/**
 * The home page: what the signed-in person must do today (from the survey, issue, webhook and import
 * services) above the headlines and the NPS trend of their scope.
 */
@ApplicationModule(
        displayName = "Home",
        allowedDependencies = {
            "base",
            "base :: ui",
            "base :: replica",
            "imports",
            "insight",
            "insight :: ui",
            "issue",
            "security",
            "survey",
            "webhook"
        })
package cx.touchpoint.home;

import org.springframework.modulith.ApplicationModule;
