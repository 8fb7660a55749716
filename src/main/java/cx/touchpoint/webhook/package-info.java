/**
 * Outbound webhooks: subscriptions, the outbox and the delivery log.
 */
@ApplicationModule(
        displayName = "Webhooks",
        allowedDependencies = {"base", "base :: ui", "issue", "security", "survey"})
package cx.touchpoint.webhook;

import org.springframework.modulith.ApplicationModule;
