/**
 * Customer accounts and contacts: the account grid, the account detail and their writes.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {
            "base",
            "base :: ui",
            "insight",
            "insight :: ui",
            "issue",
            "security",
            "segment",
            "survey",
            "survey :: ui",
            "theme",
            "theme :: ui"
        })
package cx.touchpoint.account;

import org.springframework.modulith.ApplicationModule;
