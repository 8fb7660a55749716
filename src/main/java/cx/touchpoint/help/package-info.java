/**
 * The help page: what the product's CX words mean (segments, gaps, NPS, ...), linked from the "?" beside a term.
 * Owns no table.
 */
@ApplicationModule(
        displayName = "Help",
        allowedDependencies = {"base", "base :: ui"})
package cx.touchpoint.help;

import org.springframework.modulith.ApplicationModule;
