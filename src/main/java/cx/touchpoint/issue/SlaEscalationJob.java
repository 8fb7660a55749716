package cx.touchpoint.issue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the SLA check on a schedule: touchpoint.issues.sla-check-rate (an ISO duration). */
@Component
class SlaEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(SlaEscalationJob.class);

    private final SlaEscalation escalation;

    SlaEscalationJob(SlaEscalation escalation) {
        this.escalation = escalation;
    }

    @Scheduled(
            fixedRateString = "${touchpoint.issues.sla-check-rate:PT5M}",
            initialDelayString = "${touchpoint.issues.sla-check-delay:PT30S}")
    void run() {
        try {
            int escalated = escalation.escalateOverdue();
            if (escalated > 0) {
                log.info("Escalated {} overdue issue(s) to their general managers", escalated);
            }
        } catch (DataAccessException e) {
            // the next run tries again; one line is enough while the database is away
            log.warn(
                    "SLA check failed, retrying at the next run: {}",
                    e.getMostSpecificCause().getMessage());
        }
    }
}
