/**
 * Model / Growth / At-risk / Dangling: segment thresholds, the scatter and movement between waves.
 */
@ApplicationModule(
        displayName = "Segments",
        allowedDependencies = {"base", "base :: ui", "base :: replica", "insight", "insight :: ui", "security"})
package cx.touchpoint.segment;

import org.springframework.modulith.ApplicationModule;
