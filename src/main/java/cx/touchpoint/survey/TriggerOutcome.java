package cx.touchpoint.survey;

/**
 * What firing a transaction trigger did.
 *
 * @param invitationId the invitation sent; null when none was
 * @param reason why none was sent (no trigger for the touch point, the contact policy), else empty
 */
public record TriggerOutcome(Long invitationId, String template, String reason) {

    public boolean sent() {
        return invitationId != null;
    }
}
