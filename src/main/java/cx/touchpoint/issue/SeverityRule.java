package cx.touchpoint.issue;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How bad a signal is, and so how fast the issue it raises is due (the SLA policy by severity).
 *
 * <ul>
 *   <li>A low cue score: 1/7 or 2/7 is high, 3/7 medium.
 *   <li>The detractor answer: NPS 0-3 is high, 4-6 medium.
 *   <li>A complaint word in the comment: medium.
 * </ul>
 *
 * An issue takes its worst signal's severity, one step higher when the account's annual revenue is at
 * least {@code touchpoint.issues.key-account-revenue} (the revenue at risk): only a key account's
 * worst answers are critical, so not every low answer gets a 24-hour SLA.
 */
@Component
class SeverityRule {

    private final BigDecimal keyAccountRevenue;

    SeverityRule(@Value("${touchpoint.issues.key-account-revenue:1000000}") BigDecimal keyAccountRevenue) {
        this.keyAccountRevenue = keyAccountRevenue;
    }

    Severity ofLowScore(int experienced) {
        return experienced <= 2 ? Severity.HIGH : Severity.MEDIUM;
    }

    Severity ofDetractor(int nps) {
        return nps <= 3 ? Severity.HIGH : Severity.MEDIUM;
    }

    Severity ofComplaintWord() {
        return Severity.MEDIUM;
    }

    /** The issue's severity: its worst signal's, one step higher for a key account. */
    Severity ofIssue(Severity worstSignal, BigDecimal annualRevenue) {
        if (annualRevenue == null || annualRevenue.compareTo(keyAccountRevenue) < 0) {
            return worstSignal;
        }
        return Severity.values()[Math.min(worstSignal.ordinal() + 1, Severity.CRITICAL.ordinal())];
    }

    BigDecimal keyAccountRevenue() {
        return keyAccountRevenue;
    }
}
