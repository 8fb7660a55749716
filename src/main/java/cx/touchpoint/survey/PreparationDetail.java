package cx.touchpoint.survey;

import java.time.Instant;
import java.util.List;

/** A prepared survey as the account executive works on it. */
public record PreparationDetail(
        long id,
        long accountId,
        String account,
        String survey,
        SurveyPattern pattern,
        String wave,
        Status status,
        Tone tone,
        String customerNote,
        String reviewer,
        Instant scheduledFor,
        List<ItemChoice> items,
        List<Recipient> recipients,
        List<SurveyStep> steps,
        int version) {

    /** The life of a preparation, as stored in {@code survey_preparation.status}. */
    public enum Status {
        DRAFT("Draft"),
        SHARED("Shared with the customer"),
        APPROVED("Approved by the customer"),
        SCHEDULED("Scheduled"),
        SENT("Sent"),
        CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the survey can still be changed and sent. */
        public boolean open() {
            return this == DRAFT || this == SHARED || this == APPROVED || this == SCHEDULED;
        }
    }

    /** A template item and whether it will be asked. */
    public record ItemChoice(long itemId, int position, String cue, String question, boolean kept) {}

    /**
     * A recipient with the contact policy's verdict now and, once sent, the invitation's status.
     *
     * @param invitation invitation status (SENT, RESPONDED, EXPIRED, CANCELLED); null = not sent
     */
    public record Recipient(
            long contactId, String fullName, String email, Eligibility eligibility, String invitation) {}
}
