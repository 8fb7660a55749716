package cx.touchpoint.issue;

/**
 * What one person must do on the board today (all counts of open issues).
 *
 * @param teamId the person's team, whose counts the first three are; null: they are 0
 * @param newUnassigned the team's issues in New that nobody is assigned to
 * @param dueToday the team's issues not yet overdue whose SLA ends before midnight (company time zone)
 * @param overdue the team's issues past their SLA
 * @param assignedToMe issues assigned to the person, any team
 * @param escalatedToMe issues escalated to the person as a team's general manager
 * @param generalManager whether the person is a team's general manager (issues past their SLA escalate to them)
 */
public record IssueTasks(
        Long teamId,
        long newUnassigned,
        long dueToday,
        long overdue,
        long assignedToMe,
        long escalatedToMe,
        boolean generalManager) {}
