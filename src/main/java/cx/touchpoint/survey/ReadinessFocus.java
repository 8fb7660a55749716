package cx.touchpoint.survey;

/**
 * Which accounts of the book the Surveys view lists: all, or those behind one of the account executive's
 * tasks on Home ({@link SurveyTasks}), so that a task's count and the list it opens agree.
 */
public enum ReadinessFocus {
    ALL("All accounts", "true"),
    /** The latest survey's draft is shared and waits for the customer's review. */
    AWAITING_CUSTOMER("Draft awaiting the customer", "p.status = 'SHARED'"),
    /** The customer approved the latest survey; nobody has sent or scheduled it yet. */
    APPROVED_NOT_SENT("Approved, not sent", "p.status = 'APPROVED'"),
    /** A contact answered 0-6 on recommending us in the last {@link SurveyTasks#NEW_DAYS} days. */
    NEW_DETRACTORS(
            "New detractor",
            "exists (select 1 from survey_response r where r.account_id = a.id and nps_detractor(r.nps)"
                    + " and r.responded_at <= :now"
                    + " and r.responded_at > cast(:now as timestamptz) - make_interval(days => :newDays))");

    private final String label;
    /** The condition on the account {@code a} and its latest live preparation {@code p}; never user text. */
    final String condition;

    ReadinessFocus(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }
}
