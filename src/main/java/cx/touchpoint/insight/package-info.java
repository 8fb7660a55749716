/**
 * What is real and what drives it: NPS with intervals, significance of changes, key drivers; the confidence settings.
 */
@ApplicationModule(
        displayName = "Insight",
        allowedDependencies = {"base", "base :: ui", "base :: replica", "security"})
package cx.touchpoint.insight;

import org.springframework.modulith.ApplicationModule;
