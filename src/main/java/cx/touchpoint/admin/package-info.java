/**
 * Reference data administration (cues, touch points, verticals, locations, platforms) and SLA hours.
 */
@ApplicationModule(
        displayName = "Administration",
        allowedDependencies = {"base", "base :: ui", "issue", "security"})
package cx.touchpoint.admin;

import org.springframework.modulith.ApplicationModule;
