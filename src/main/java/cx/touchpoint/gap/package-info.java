/**
 * The six value gaps, manager estimates and service standards with their actuals and promises.
 */
@ApplicationModule(
        displayName = "Value gaps",
        allowedDependencies = {"base", "base :: ui", "base :: replica", "insight", "security"})
package cx.touchpoint.gap;

import org.springframework.modulith.ApplicationModule;
