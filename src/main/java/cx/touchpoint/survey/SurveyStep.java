package cx.touchpoint.survey;

import java.time.Instant;

/**
 * One recorded step of a survey for an account: what happened, who did it (a user, the customer
 * contact, or "Touchpoint" for the system) and when.
 */
public record SurveyStep(long id, Instant occurredAt, String kind, String actor, String survey, String note) {

    /** The kinds of step, as stored in {@code survey_step.kind}. */
    public enum Kind {
        CREATED("Prepared"),
        SHARED("Draft shared with the customer"),
        CUSTOMER_FEEDBACK("Customer feedback"),
        APPROVED("Approved by the customer"),
        SCHEDULED("Scheduled"),
        SENT("Sent"),
        REMINDED("Reminder sent"),
        RESPONDED("Responded"),
        EXPIRED("Expired"),
        CANCELLED("Cancelled"),
        OPTED_OUT("Opted out");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
