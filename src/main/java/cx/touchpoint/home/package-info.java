/**
 * The home page: headlines and the NPS trend of the signed-in person's scope.
 */
@ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"base", "base :: ui", "insight", "insight :: ui", "security"})
package cx.touchpoint.home;

import org.springframework.modulith.ApplicationModule;
