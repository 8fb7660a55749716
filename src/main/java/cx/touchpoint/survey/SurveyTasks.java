package cx.touchpoint.survey;

/**
 * What an account executive must do about surveys today, of their own book (admins: every account),
 * counted in the database.
 *
 * @param awaitingCustomer accounts whose draft is shared and waits for the customer's review
 * @param approvedNotSent accounts whose survey the customer approved and nobody has sent or scheduled
 * @param nonResponders invitations sent, still open and not answered: contacts to remind
 * @param newDetractors accounts with a detractor answer (0-6) in the last {@link #NEW_DAYS} days
 * @param failedMails survey mails the mail server refused (admins act on these)
 */
public record SurveyTasks(
        long awaitingCustomer, long approvedNotSent, long nonResponders, long newDetractors, long failedMails) {

    /** How recent a detractor answer is "new", in days. */
    public static final int NEW_DAYS = 7;
}
