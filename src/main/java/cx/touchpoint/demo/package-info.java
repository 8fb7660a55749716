/**
 * The demo company, loaded on an empty database through the features' services.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"api", "base", "issue", "security", "summary", "survey", "survey :: template", "theme"})
package cx.touchpoint.demo;

import org.springframework.modulith.ApplicationModule;
