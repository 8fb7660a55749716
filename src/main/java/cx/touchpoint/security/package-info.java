/**
 * Users, roles, teams and the one permission policy ({@link cx.touchpoint.security.Permission}, {@link cx.touchpoint.security.Requires}); sign-in and the admin audit.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"base", "base :: ui"})
package cx.touchpoint.security;

import org.springframework.modulith.ApplicationModule;
