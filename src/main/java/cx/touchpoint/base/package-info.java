/**
 * Shared kernel: domain primitives (quarters, NPS, filters, reference data), input validation, the company time zone and the views' common components ({@code ui}, a named interface). Depends on no feature; every feature may use it.
 */
@ApplicationModule(
        displayName = "Base (shared)",
        allowedDependencies = {})
package cx.touchpoint.base;

import org.springframework.modulith.ApplicationModule;
