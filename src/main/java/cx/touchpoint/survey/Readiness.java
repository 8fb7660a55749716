package cx.touchpoint.survey;

import java.time.Instant;

/**
 * One account of the account executive's book as the Surveys view shows it.
 *
 * @param eligibleContacts contacts who may get a relationship survey now (quiet period, opt-out)
 * @param nextEligibleAt when the next of the others becomes eligible; null when none waits
 * @param invitationsLeft invitations the account cap still allows in the current 30 days
 * @param lastScore mean experienced score (1-7) of the last relationship response; null = none
 * @param preparation status of the latest live preparation; null = none
 * @param standardsMissed service standards whose target the account's contacts reported as missed
 *     (a value in the standard's unit, worse for them) in the last {@link #RECENT_DAYS} days
 * @param promisesMissed promises (in force when they answered) those values missed, same days
 */
public record Readiness(
        long accountId,
        String account,
        int contacts,
        int eligibleContacts,
        Instant nextEligibleAt,
        int invitationsLeft,
        int openIssues,
        Instant lastSurveyAt,
        Double lastScore,
        Long preparationId,
        String preparation,
        int standardsMissed,
        int promisesMissed) {

    /** How far back "recent" misses count, in days. */
    public static final int RECENT_DAYS = 90;
}
