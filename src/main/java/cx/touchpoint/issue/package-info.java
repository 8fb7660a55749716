/**
 * The cross-functional issue board: intake of signals, routing rules, the workflow, SLA escalation and the audit trail.
 */
@ApplicationModule(
        displayName = "Issue board",
        allowedDependencies = {"base", "base :: ui", "security", "segment", "survey", "theme"})
package cx.touchpoint.issue;

import org.springframework.modulith.ApplicationModule;
