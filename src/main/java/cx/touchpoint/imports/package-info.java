/**
 * Imports of accounts, contacts and responses from files.
 */
@ApplicationModule(
        displayName = "Imports",
        allowedDependencies = {"account", "base", "base :: ui", "security", "survey"})
package cx.touchpoint.imports;

import org.springframework.modulith.ApplicationModule;
