/**
 * The roll-ups every dashboard reads ({@code account_score}, {@code answer_month}, {@code response_month}, ...), kept by triggers and rebuilt by {@link cx.touchpoint.summary.Summaries}.
 */
@ApplicationModule(
        displayName = "Summaries",
        allowedDependencies = {"security"})
package cx.touchpoint.summary;

import org.springframework.modulith.ApplicationModule;
