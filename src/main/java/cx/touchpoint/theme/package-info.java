/**
 * Themes and sentiment of comments, computed on this server.
 */
@ApplicationModule(
        displayName = "Themes",
        allowedDependencies = {"base", "base :: ui", "security", "survey"})
package cx.touchpoint.theme;

import org.springframework.modulith.ApplicationModule;
