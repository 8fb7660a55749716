/**
 * Surveys: templates, preparation with the customer, invitations, the contact policy, responses and the customer's answer page.
 */
@ApplicationModule(
        displayName = "Surveys",
        allowedDependencies = {"base", "base :: ui", "gap", "security"})
package cx.touchpoint.survey;

import org.springframework.modulith.ApplicationModule;
