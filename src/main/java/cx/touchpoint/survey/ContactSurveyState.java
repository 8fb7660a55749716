package cx.touchpoint.survey;

import java.time.Instant;

/**
 * What surveying changes on a contact, which the account feature keeps (it owns {@code contact} and implements
 * this): when the contact was last surveyed (the quiet period counts from it) and that they opted out. Runs in the
 * caller's transaction.
 */
public interface ContactSurveyState {

    /** Marks the contact surveyed at {@code at}. */
    void surveyed(long contactId, Instant at);

    /** Marks the contact opted out at {@code at}; false when they already were (nothing changes then). */
    boolean optedOut(long contactId, Instant at);
}
